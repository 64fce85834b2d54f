"""Where the bundled packs are found: the folder importlib.resources names, whether the
resources package is on disk (read directly) or behind another loader (asked through it)."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import wizard.resources
from wizard.providers import bundled


def test_on_disk_the_folder_is_the_one_importlib_resources_names():
    folder = bundled.bundled_folder()
    assert isinstance(folder, Path) and folder == resources.files("wizard.resources").joinpath("providers")
    assert any(item.name.endswith(".toml") for item in folder.iterdir())


def test_behind_another_loader_importlib_resources_is_asked(monkeypatch):
    asked = []

    class Elsewhere:  # a zipped wheel or a frozen app: a loader that is not a file loader
        pass

    monkeypatch.setattr(wizard.resources.__spec__, "loader", Elsewhere())
    monkeypatch.setattr(resources, "files", lambda package: asked.append(package) or Path("/nowhere"))
    assert bundled.bundled_folder() == Path("/nowhere/providers") and asked == ["wizard.resources"]


def test_finding_the_folder_on_disk_imports_no_importlib_resources():
    import subprocess

    probe = "import sys; from wizard.providers.bundled import default_brand_id; default_brand_id(); print('importlib.resources' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
