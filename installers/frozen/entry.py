"""The frozen app's entry point: the same `mailsetup` command the wheel installs.

It lives in a folder that is not a package on purpose: PyInstaller puts the folder above the
entry script's outermost package on its module path, ahead of the venv, so from installers/
(a package) it put the checkout's root there and froze the checkout's wizard/ (uncommitted
edits and all) instead of the wheel's."""

from wizard.cli.main import main

raise SystemExit(main())
