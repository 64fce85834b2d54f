"""Linux packages around the frozen onedir: the file tree a package installs (program in
/usr/lib/<package>, a command in /usr/bin, desktop entry, icons, AppStream metainfo), then a
.deb (dpkg-deb), an .rpm (nfpm) and a tar.xz, all byte-for-byte reproducible. What the
packages depend on is read from the bundle itself (sysdeps.py), once, for both."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from xml.sax.saxutils import escape

from installers.product import LANGUAGES, Product
from installers.sysdeps import SystemNeeds, deb_depends, rpm_requires
from installers.tools import BuildError, epoch, level, normalise_tree, run, tar_xz

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def desktop_entry(product: Product) -> str:
    lines = ["[Desktop Entry]", "Type=Application", f"Name={product.names['en']}"]
    lines += [f"Name[{lang}]={product.names[lang]}" for lang in LANGUAGES if lang != "en"]
    for key, text in (("GenericName", "generic_name"), ("Comment", "summary"), ("Keywords", "keywords")):
        lines.append(f"{key}={product.text(text, 'en')}")
        lines += [f"{key}[{lang}]={product.text(text, lang)}" for lang in LANGUAGES if lang != "en"]
    lines += [f"Exec={product.package}", f"Icon={product.app_id}", "Terminal=false", "Categories=Network;Email;",
              "StartupNotify=true", f"StartupWMClass={product.package}"]
    return "\n".join(lines) + "\n"


def metainfo(product: Product) -> str:
    import datetime

    def local(tag: str, values: dict[str, str], indent: str = "  ") -> str:
        attrs = {lang: "" if lang == "en" else f' xml:lang="{lang}"' for lang in LANGUAGES}
        return "\n".join(f"{indent}<{tag}{attrs[lang]}>{escape(values[lang])}</{tag}>" for lang in LANGUAGES)

    date = datetime.datetime.fromtimestamp(epoch(), datetime.timezone.utc).date().isoformat()
    names = local("name", product.names)
    summaries = local("summary", {lang: product.text("summary", lang) for lang in LANGUAGES})
    paragraphs = local("p", {lang: product.text("description", lang) for lang in LANGUAGES}, "    ")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{product.app_id}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>MIT</project_license>
{names}
{summaries}
  <description>
{paragraphs}
  </description>
  <launchable type="desktop-id">{product.app_id}.desktop</launchable>
  <developer_name>The mailsetup authors</developer_name>
  <url type="homepage">https://mailsetup.org/</url>
  <categories>
    <category>Network</category>
    <category>Email</category>
  </categories>
  <content_rating type="oars-1.1"/>
  <provides>
    <binary>{product.package}</binary>
  </provides>
  <releases>
    <release version="{product.version}" date="{date}"/>
  </releases>
</component>
"""


def stage(product: Product, onedir: Path, icons: dict[str, bytes], root: Path) -> Path:
    """The installed file tree under root (as a package lays it on /)."""
    if root.exists():
        shutil.rmtree(root)
    lib = root / "usr" / "lib" / product.package
    shutil.copytree(onedir, lib, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / product.package).symlink_to(f"../lib/{product.package}/mailsetup")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{product.app_id}.desktop").write_text(desktop_entry(product), encoding="utf-8")
    meta = root / "usr" / "share" / "metainfo"
    meta.mkdir(parents=True)
    (meta / f"{product.app_id}.metainfo.xml").write_text(metainfo(product), encoding="utf-8")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        (folder / f"{product.app_id}.png").write_bytes(icons[f"{size}.png"])
    if "icon.svg" in icons:
        folder = hicolor / "scalable" / "apps"
        folder.mkdir(parents=True)
        (folder / f"{product.app_id}.svg").write_bytes(icons["icon.svg"])
    doc = root / "usr" / "share" / "doc" / product.package
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {product.package}\n\nFiles: *\nCopyright: The mailsetup authors\nLicense: MIT\n", encoding="utf-8")
    normalise_tree(root)
    return root


def validate(root: Path, product: Product) -> None:
    """desktop-file-validate and appstreamcli: the software centres read exactly these."""
    desktop = root / "usr" / "share" / "applications" / f"{product.app_id}.desktop"
    meta = root / "usr" / "share" / "metainfo" / f"{product.app_id}.metainfo.xml"
    result = run("desktop-file-validate", desktop, check=False)
    if result.returncode != 0 or result.stdout.strip():
        raise BuildError(f"desktop-file-validate: {(result.stdout or result.stderr).decode().strip().splitlines()[0]}")
    result = run("appstreamcli", "validate", "--no-net", "--pedantic", "--explain", meta, check=False)
    if result.returncode != 0:
        raise BuildError(f"appstreamcli validate: {result.stdout.decode().strip().splitlines()[:3]}")


def _arch() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def deb(product: Product, root: Path, out: Path, needs: SystemNeeds) -> Path:
    """dpkg-deb around the staged tree (a copy, with DEBIAN/control added)."""
    work = out / f".deb-{product.package}"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(root, work, symlinks=True)
    control = work / "DEBIAN"
    control.mkdir()
    size_kib = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    depends = deb_depends(needs)
    depends_line = f"Depends: {', '.join(depends)}\n" if depends else ""  # dpkg refuses an empty field
    (control / "control").write_text(
        f"Package: {product.package}\nVersion: {product.version}\nArchitecture: {_arch()}\n"
        f"Maintainer: The mailsetup authors <maintainers@mailsetup.org>\nInstalled-Size: {size_kib}\n"
        f"{depends_line}Section: mail\nPriority: optional\nHomepage: https://mailsetup.org/\n"
        f"Description: {product.text('summary', 'en')}\n {product.text('description', 'en')}\n", encoding="utf-8")
    normalise_tree(work)
    target = out / f"{product.package}_{product.version}_{_arch()}.deb"
    run("dpkg-deb", "--root-owner-group", *level("deb"), "--threads-max=2", "--build", work, target,
        env={"SOURCE_DATE_EPOCH": str(epoch())})
    shutil.rmtree(work)
    return target


def rpm(product: Product, root: Path, out: Path, needs: SystemNeeds, nfpm: str = "nfpm", sign_key: Path | None = None) -> Path:
    """nfpm from the staged tree; signed inside (rpm's own header signature) when a key is given.
    nfpm writes no requirements of its own (rpmbuild's ELF scan is not run): they are given."""
    arch = {"amd64": "x86_64", "arm64": "aarch64"}.get(_arch(), _arch())
    config = out / f".nfpm-{product.package}.yaml"
    contents = []
    for path in sorted(root.rglob("*")):
        rel = "/" + path.relative_to(root).as_posix()
        if path.is_symlink():
            contents.append(f"  - src: {os.readlink(path)}\n    dst: {rel}\n    type: symlink")
        elif path.is_file():
            mode = "0755" if os.access(path, os.X_OK) else "0644"
            contents.append(f"  - src: {path}\n    dst: {rel}\n    file_info:\n      mode: {mode}\n      mtime: {_iso(epoch())}")
    signature = f"  signature:\n    key_file: {sign_key}\n" if sign_key else ""
    requires = rpm_requires(needs)
    depends = "depends:\n" + "".join(f"  - {json.dumps(r)}\n" for r in requires) if requires else ""
    config.write_text(
        f"name: {product.package}\narch: {arch}\nplatform: linux\nversion: {product.version}\nrelease: 1\n"
        f"maintainer: The mailsetup authors <maintainers@mailsetup.org>\ndescription: {product.text('summary', 'en')}\n"
        f"license: MIT\nhomepage: https://mailsetup.org/\nmtime: {_iso(epoch())}\n"
        f"{depends}rpm:\n  compression: zstd\n  group: Applications/Internet\n{signature}"
        f"contents:\n" + "\n".join(contents) + "\n", encoding="utf-8")
    target = out / f"{product.package}-{product.version}-1.{arch}.rpm"
    run(nfpm, "package", "--config", config, "--packager", "rpm", "--target", target,
        env={"SOURCE_DATE_EPOCH": str(epoch()), "NFPM_RPM_PASSPHRASE": "", "NFPM_PASSPHRASE": ""})
    config.unlink()
    return target


def _iso(when: int) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(when, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def tarball(product: Product, onedir: Path, out: Path) -> Path:
    target = out / f"{product.package}-{product.version}-linux-{os.uname().machine}.tar.xz"
    return tar_xz(onedir, target, f"{product.package}-{product.version}")


