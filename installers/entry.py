"""The frozen app's entry point: the same `mailsetup` command the wheel installs."""

from wizard.cli.main import main

raise SystemExit(main())
