"""Builds, signs and verifies mailsetup's installers; `python installers/build.py --help`."""
