"""wheel → clean venv → PyInstaller onedir. Built from the wheel, never the checkout: the
editable install's package-dir mapping is invisible to PyInstaller, which then "succeeds"
with no application inside. So the build fails on that warning, and on a bundle without the
resources that only a string in importlib.resources reaches."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tomllib
from pathlib import Path

from installers.tools import BuildError, epoch, normalise_tree, run

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MISSING = re.compile(r"^missing module named '?(wizard(?:\.[\w.]+)?)'? - imported by (.*)$", re.M)
# What the bundle must carry on disk (relative to its _internal folder).
RESOURCES = ("wizard/resources/translations/*_da.qm", "wizard/resources/translations/*_nb.qm",
             "wizard/resources/providers/*.toml", "wizard/resources/providers/packs.index", "wizard/resources/icons/*.svg",
             "confusable_homoglyphs/confusables.json", "confusable_homoglyphs/categories.json",
             "publicsuffixlist/public_suffix_list.dat")


def reproducible_env() -> dict[str, str]:
    return {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": str(epoch()), "PYTHONDONTWRITEBYTECODE": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"}


def dist_requirements() -> list[str]:
    """The freezer the clean venv gets: pyproject's `dist` extra, less what only CI needs."""
    extra = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]["dist"]
    return [r for r in extra if r.lower().startswith(("pyinstaller",))]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(name: str, extras: tuple[str, ...] = ()) -> list:
    """The installed distributions `name` (with extras) needs, itself included, as the
    running environment resolved them: what its metadata requires, markers evaluated here."""
    import importlib.metadata as metadata

    from packaging.markers import default_environment
    from packaging.requirements import Requirement

    seen: dict[str, object] = {}
    todo = [(name, extras)]
    while todo:
        wanted, wanted_extras = todo.pop()
        if canonical(wanted) in seen:
            continue
        dist = metadata.distribution(wanted)
        seen[canonical(wanted)] = dist
        environments = [dict(default_environment(), extra=e) for e in (wanted_extras or ("",))]
        for text in dist.requires or ():
            req = Requirement(text)
            if req.marker is None or any(req.marker.evaluate(env) for env in environments):
                todo.append((req.name, tuple(req.extras)))
    return sorted(seen.values(), key=lambda d: canonical(d.name))


def wheel(out: Path) -> Path:
    folder = out / "wheel"
    shutil.rmtree(folder, ignore_errors=True)
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", folder, REPO, env=reproducible_env())
    wheels = sorted(folder.glob("mailsetup-*.whl"))
    if len(wheels) != 1:
        raise BuildError(f"pip wheel left {len(wheels)} wheels in {folder}")
    return wheels[0]


def venv(out: Path, built: Path) -> Path:
    """A clean venv holding the wheel (with the demo, which the app offers) and PyInstaller,
    nothing else (the checkout's editable install would freeze an app without `wizard`); kept
    between builds while the wheel and the requirements are the same."""
    folder = out / "venv"
    stamp_text = hashlib.sha256(built.read_bytes() + "\n".join(dist_requirements()).encode()).hexdigest()
    stamp = folder / ".mailsetup-wheel"
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if stamp.is_file() and stamp.read_text() == stamp_text and python.exists():
        return python
    shutil.rmtree(folder, ignore_errors=True)
    local = local_distributions()
    if local is None:  # not run from a venv holding them (a bare runner): the index installs them
        run(sys.executable, "-m", "venv", folder)
        run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", f"mailsetup[demo] @ {built.resolve().as_uri()}",
            *dist_requirements())
    else:
        run(sys.executable, "-m", "venv", "--without-pip", folder)
        site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.decode().strip())
        for dist in local:
            link_distribution(dist, site)
        pip = (sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check")
        run(*pip, "install", "-q", "--no-deps", "--no-index", built)
        run(*pip, "check")  # the closure is whole: every requirement of every distribution is there
    stamp.write_text(stamp_text)
    return python


def local_distributions() -> list | None:
    """What the clean venv needs besides the wheel (mailsetup[demo]'s dependencies and the
    freezer's), as this environment installed them from the same index; None when any is
    missing here. Linking these beats a second download and unpack (about 35 s on 2 cores)
    and needs no network (make test runs without one)."""
    import importlib.metadata as metadata

    try:
        wanted = closure("mailsetup", ("demo",)) + [d for r in dist_requirements() for d in closure(re.split(r"[=<>!~ ;\[]", r)[0])]
    except metadata.PackageNotFoundError:
        return None
    unique = {canonical(d.name): d for d in wanted if canonical(d.name) != "mailsetup"}
    return [unique[name] for name in sorted(unique)]


def link_distribution(dist, site: Path) -> None:
    """The distribution's installed files (its RECORD) into site, as hard links where the file
    system allows (read-only use: PyInstaller reads them), copies where it does not."""
    for entry in dist.files or ():
        if entry.parts[0] == ".." or entry.suffix == ".pyc":  # console scripts; bytecode is remade
            continue
        source = Path(dist.locate_file(entry))
        if not source.is_file():
            continue
        target = site / entry
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)


def freeze(python: Path, out: Path, icon: Path | None = None) -> Path:
    """PyInstaller with the one spec; the onedir lands in out/freeze/mailsetup."""
    dist, work = out / "freeze", out / "pyinstaller"
    shutil.rmtree(dist, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    env = reproducible_env()
    # PyInstaller's cache (stripped binaries) inside the build, never in the home folder:
    # nothing outlives a build but what it leaves in --out.
    env["PYINSTALLER_CONFIG_DIR"] = str(out / "pyinstaller-cache")
    if icon is not None:
        env["MAILSETUP_ICON"] = str(icon)
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", dist, "--workpath", work,
        HERE / "mailsetup.spec", env=env, cwd=out)
    check_warnings((work / "mailsetup" / "warn-mailsetup.txt").read_text(encoding="utf-8", errors="replace"))
    onedir = dist / "mailsetup"
    check_bundle(onedir)
    normalise_tree(onedir)
    return onedir


def check_warnings(text: str) -> None:
    """Fail on PyInstaller's "missing module named wizard…": the app would not be inside."""
    hits = MISSING.findall(text)
    if hits:
        names = sorted({name for name, _ in hits})
        raise BuildError(f"PyInstaller could not find {', '.join(names)}: freeze from a venv with the wheel installed, not from the checkout")


def internal(onedir: Path) -> Path:
    return onedir / "_internal" if (onedir / "_internal").is_dir() else onedir


def check_bundle(onedir: Path) -> None:
    """The data files must be on disk inside the bundle (Danish and Norwegian need the
    wizard's resources; every domain shown needs confusable-homoglyphs' tables)."""
    base = internal(onedir)
    absent = [pattern for pattern in RESOURCES if not list(base.glob(pattern))]
    if absent:
        raise BuildError(f"the bundle lacks {', '.join(absent)}: declare them in installers/mailsetup.spec (trim.DATA_PACKAGES)")


def apply_brand(onedir: Path, brand: str | None, out: Path) -> Path:
    """A copy of the onedir with the default brand baked in (the file the wizard reads)."""
    target = out / "app" / "mailsetup"
    shutil.rmtree(target.parent, ignore_errors=True)
    shutil.copytree(onedir, target, symlinks=True)
    if brand:
        (internal(target) / "wizard" / "resources" / "providers" / "default-brand").write_text(brand + "\n", encoding="utf-8")
    normalise_tree(target)
    return target
