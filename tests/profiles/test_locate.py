"""Finding Thunderbird's folders and its default profile on each system."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.profiles.thunderbird.locate import ProfileError, base_dirs, default_profile, find_profiles


def test_base_folders_cover_native_flatpak_and_snap_on_linux(tmp_path: Path) -> None:
    dirs = base_dirs(home=tmp_path, env={}, platform="linux")
    assert tmp_path / ".thunderbird" in dirs
    assert tmp_path / ".var/app/org.mozilla.Thunderbird/.thunderbird" in dirs
    assert tmp_path / "snap/thunderbird/common/.thunderbird" in dirs


def test_base_folders_on_macos_and_windows(tmp_path: Path) -> None:
    assert base_dirs(home=tmp_path, env={}, platform="darwin") == (tmp_path / "Library/Thunderbird",)
    win = base_dirs(home=tmp_path, env={"APPDATA": str(tmp_path / "Roaming")}, platform="win32")
    assert win[0] == tmp_path / "Roaming" / "Thunderbird"


def _base(tmp_path: Path, ini: str, installs: str | None = None, make=("a.default", "b.default-release")) -> Path:
    base = tmp_path / ".thunderbird"
    base.mkdir()
    (base / "profiles.ini").write_text(ini)
    if installs is not None:
        (base / "installs.ini").write_text(installs)
    for name in make:
        (base / name).mkdir()
    return base


def test_the_install_default_wins_over_the_old_default_flag(tmp_path: Path) -> None:
    base = _base(
        tmp_path,
        "[Profile1]\nName=default\nIsRelative=1\nPath=a.default\nDefault=1\n\n"
        "[Profile0]\nName=default-release\nIsRelative=1\nPath=b.default-release\n\n"
        "[General]\nStartWithLastProfile=1\nVersion=2\n",
        "[8216C80C92C4E828]\nDefault=b.default-release\nLocked=1\n",
    )
    profile = default_profile((base,))
    assert profile.path == base / "b.default-release"


def test_the_default_flag_counts_without_installs(tmp_path: Path) -> None:
    base = _base(tmp_path, "[Profile0]\nName=x\nIsRelative=1\nPath=a.default\n\n[Profile1]\nName=y\nIsRelative=1\nPath=b.default-release\nDefault=1\n")
    assert default_profile((base,)).path == base / "b.default-release"
    assert [p.name for p in find_profiles((base,))] == ["x", "y"]


def test_absolute_paths_and_flatpak_are_found(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    flatpak = tmp_path / ".var/app/org.mozilla.Thunderbird/.thunderbird"
    flatpak.mkdir(parents=True)
    (flatpak / "profiles.ini").write_text(f"[Profile0]\nName=only\nIsRelative=0\nPath={elsewhere}\n")
    assert default_profile(base_dirs(home=tmp_path, env={}, platform="linux")).path == elsewhere


def test_no_profile_and_ambiguous_profiles_are_explained(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as err:
        default_profile((tmp_path / "nothing",))
    assert err.value.code == "thunderbird-no-profile"
    base = _base(tmp_path, "[Profile0]\nName=x\nPath=a.default\n\n[Profile1]\nName=y\nPath=b.default-release\n")
    with pytest.raises(ProfileError) as err:
        default_profile((base,))
    assert err.value.code == "thunderbird-which-profile"
