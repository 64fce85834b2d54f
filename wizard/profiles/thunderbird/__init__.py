"""Thunderbird: find the profile (locate), edit prefs.js (prefs), pin certificates
(certoverride), put it together safely (writer), and remember the password in the
profile's own login store (remember: logins.json through the NSS key store)."""

from wizard.profiles.thunderbird.locate import Profile, ProfileError, default_profile, ensure_not_running, find_profiles, running_reason
from wizard.profiles.thunderbird.remember import RememberResult, RememberStatus, credentials_for, remember
from wizard.profiles.thunderbird.writer import ThunderbirdResult, add_account, write_account

__all__ = ["Profile", "ProfileError", "RememberResult", "RememberStatus", "credentials_for", "remember", "ThunderbirdResult", "add_account", "default_profile", "ensure_not_running", "find_profiles", "running_reason", "write_account"]
