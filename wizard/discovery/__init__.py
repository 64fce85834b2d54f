"""Discovery engine: every source real mail clients use, run at once under one deadline."""
