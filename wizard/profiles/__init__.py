"""Writes accounts for Thunderbird, Outlook, Apple Mail and a settings sheet.

One module per client format, each taking an `account.Account`: thunderbird (locate, prefs,
certoverride, writer), outlook (PRF, Autodiscover XML, .reg), apple (.mobileconfig, CMS
signing), sheet (HTML/PDF). password keeps the password in the system keyring only; atomic
backs files up and replaces them so a crash leaves the old or the new file."""
