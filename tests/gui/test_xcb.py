"""A Linux desktop lacking Qt's xcb libraries gets told what to install, not a core dump."""

from wizard.gui import xcb


def test_missing_libraries_are_named_by_package(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    missing = xcb.missing_packages(find=lambda name: None if name in ("xcb-cursor", "xcb-icccm") else f"lib{name}.so")
    assert missing == ["libxcb-cursor0", "libxcb-icccm4"]


def test_nothing_is_asked_for_other_platforms(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert xcb.missing_packages(find=lambda name: None) == []


def test_this_machine_has_what_make_run_installs(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert xcb.missing_packages() == []


def test_the_wizard_says_what_to_install_instead_of_aborting(monkeypatch, capsys):
    from wizard.gui import app

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(xcb, "missing_packages", lambda find=None: ["libxcb-cursor0"])
    assert app.display_problem() == "missing-libraries"
    assert app._say_no_display("da") == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor0" in err and "biblioteker" in err


def test_a_frozen_app_counts_the_libraries_it_carries(monkeypatch, tmp_path):
    """The installed app bundles libxcb-cursor; a desktop without the system package must
    still open the window rather than be told to install what is already there."""
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"\x7fELF")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(xcb.sys, "frozen", True, raising=False)
    monkeypatch.setattr(xcb.sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(xcb, "find_system", lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    assert xcb.missing_packages() == []


def test_a_frozen_app_still_names_what_it_does_not_carry(monkeypatch, tmp_path):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(xcb.sys, "frozen", True, raising=False)
    monkeypatch.setattr(xcb.sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(xcb, "find_system", lambda name: None if name == "xcb-icccm" else f"lib{name}.so")
    assert xcb.missing_packages() == ["libxcb-icccm4"]


def test_the_system_lookup_opens_what_is_there_and_names_what_is_not():
    assert xcb.find_system("xcb-shape") == "libxcb-shape.so.0"  # make run installs it (test above)
    assert xcb.find_system("xcb-no-such-library") is None


def test_an_unfrozen_run_looks_only_at_the_system(monkeypatch, tmp_path):
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"\x7fELF")
    monkeypatch.setattr(xcb.sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delattr(xcb.sys, "frozen", raising=False)
    assert xcb.find_bundled("xcb-cursor") is None
