"""Writes accounts for Thunderbird, Outlook, Apple Mail and a settings sheet."""
