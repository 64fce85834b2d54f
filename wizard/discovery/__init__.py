"""Discovery engine: every source real mail clients use, run at once under one deadline."""

from typing import TYPE_CHECKING

from wizard.lazy import lazy_exports

if TYPE_CHECKING:
    from wizard.discovery.engine import LANES, discover, discover_async, rank_configs
    from wizard.discovery.result import DiscoveryResult, Outcome, manual_defaults

# Each name loads its own module when first used: a command names its first request
# (wizard.discovery.first) before the engine is imported, to send it while the engine loads.
_HOME = {
    "LANES": "engine", "discover": "engine", "discover_async": "engine", "rank_configs": "engine",
    "DiscoveryResult": "result", "Outcome": "result", "manual_defaults": "result",
}

__getattr__ = lazy_exports(__name__, _HOME)


__all__ = ["LANES", "DiscoveryResult", "Outcome", "discover", "discover_async", "manual_defaults", "rank_configs"]
