"""Thunderbird: find the profile (locate), edit prefs.js (prefs), pin certificates
(certoverride), and put it together safely (writer)."""

from wizard.profiles.thunderbird.locate import Profile, ProfileError, default_profile, ensure_not_running, find_profiles, running_reason
from wizard.profiles.thunderbird.writer import ThunderbirdResult, add_account, write_account

__all__ = ["Profile", "ProfileError", "ThunderbirdResult", "add_account", "default_profile", "ensure_not_running", "find_profiles", "running_reason", "write_account"]
