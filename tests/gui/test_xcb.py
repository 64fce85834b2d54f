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
