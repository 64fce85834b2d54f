"""Discovery engine: every source real mail clients use, run at once under one deadline."""

from wizard.discovery.engine import LANES, discover, discover_async, rank_configs
from wizard.discovery.result import DiscoveryResult, Outcome, manual_defaults

__all__ = ["LANES", "DiscoveryResult", "Outcome", "discover", "discover_async", "manual_defaults", "rank_configs"]
