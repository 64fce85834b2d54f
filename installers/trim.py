"""What of Qt the frozen app keeps. PyInstaller's hooks collect every plugin a Qt module may
want; the wizard is a widgets window with SVG icons, so the rest is weight (and the GTK3
theme plugin pulls a second toolkit into every start)."""

from __future__ import annotations

from pathlib import PurePath

# Packages that open their own data files by path: PyInstaller follows the import, not the
# open(), so the spec collects their data (a frozen app without confusable-homoglyphs' JSON
# crashes at the first command that shows a domain). tests/installers/test_freeze.py fails
# when a runtime dependency with data files is in neither list.
DATA_PACKAGES = ("wizard.resources", "confusable_homoglyphs", "publicsuffixlist")
DATA_LEFT_OUT = {  # distribution -> why its data files stay out
    "aiosmtpd": "its documentation",
    "jeepney": "its tests",
    "keyring": "shell completion scripts",
    "pycparser": "the generator's own configuration",
    "pyside6-essentials": "Qt itself (PyInstaller's PySide6 hooks collect what is used; PLUGINS trims it)",
    "shiboken6": "CMake files for building bindings",
    "twisted": "its tests and release notes",
    "hyperlink": "a table only its hypothesis strategies read",
}
DATA_DROPPED = ("test_psl.txt", "py.typed")  # files of DATA_PACKAGES nothing reads at run time

# plugin folder -> plugin names kept (a stem prefix, platform suffixes ignored); a folder not
# listed is dropped whole.
PLUGINS = {
    "platforms": ("libqxcb", "libqwayland", "libqoffscreen", "libqminimal", "qwindows", "qoffscreen", "qminimal", "libqcocoa"),
    "imageformats": ("libqsvg", "libqico", "qsvg", "qico", "libqicns"),
    "iconengines": ("libqsvgicon", "qsvgicon"),
    "platforminputcontexts": ("libcomposeplatforminputcontextplugin", "libibusplatforminputcontextplugin"),
    "xcbglintegrations": ("libqxcb-glx-integration", "libqxcb-egl-integration"),
    "wayland-shell-integration": ("libxdg-shell",),
    "wayland-decoration-client": ("libbradient",),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle", "libqmacstyle"),
}
# Libraries only the dropped GTK3 theme plugin needs (its dependencies are collected before
# the plugin itself is filtered out); sonames, so this list is Linux-only.
GTK_THEME_ONLY = (
    "libgtk-3.", "libgdk-3.", "libgdk_pixbuf-2.0.", "libatk-1.0.", "libatk-bridge-2.0.", "libatspi.",
    "libcairo.", "libcairo-gobject.", "libpango-1.0.", "libpangocairo-1.0.", "libpangoft2-1.0.",
    "libepoxy.", "libpixman-1.", "libharfbuzz.", "libgraphite2.", "libthai.", "libdatrie.", "libfribidi.",
    "libjpeg.", "libXcomposite.", "libXcursor.", "libXdamage.", "libXinerama.", "libXrandr.", "libXi.",
    "libXext.", "libXfixes.", "libXrender.", "libmount.", "libblkid.", "libselinux.", "libgio-2.0.", "libgmodule-2.0.",
)
# Qt libraries that only dropped plugins link (eglfs, the Wayland EGL integration) or that no
# kept binary links at all (QtNetwork: the wizard's network is its own, not Qt's).
QT_UNUSED = ("libQt6Network.", "libQt6OpenGL.", "libQt6EglFSDeviceIntegration.", "libQt6EglFsKmsSupport.",
             "Qt6Network.dll", "Qt6OpenGL.dll")
# Libraries only a dropped Qt library links: Kerberos for QtNetwork's HTTP authentication.
QT_NETWORK_ONLY = ("libgssapi_krb5.", "libkrb5.", "libkrb5support.", "libk5crypto.", "libcom_err.", "libkeyutils.")
# Libraries the system provides, never the bundle (Linux sonames):
# - libdbus-1, with the libsystemd → libgcrypt/lz4/libcap chain it links (≈ 3 MiB): QtDBus
#   loads it for the desktop's accessibility bus and portals; the packages depend on it
#   (sysdeps.py reads it from the bundle: libdbus-1-3, libdbus-1.so.3()(64bit)) and every
#   desktop has it, so a second, older copy (and a libsystemd that is not the running
#   systemd's) in the bundle only costs space;
# - NSS: PyInstaller sees wizard/profiles/thunderbird/nss.py's find_library("nss3") and copies
#   the build machine's libnss3 (and nspr, nssutil, plc4, plds4), without the softokn3 and
#   freebl3 it loads beside itself. A profile's key store belongs to the NSS of the Thunderbird
#   that wrote it (nss.library_candidates: the system's or Thunderbird's own), never to ours.
FROM_THE_SYSTEM = ("libdbus-1.", "libsystemd.", "libgcrypt.", "libgpg-error.", "liblz4.", "libcap.",
                   "libnss3.", "libnssutil3.", "libnspr4.", "libplc4.", "libplds4.")
# Qt's own translations: only the languages the wizard speaks (Qt has no Bokmål file).
TRANSLATIONS = ("qtbase_da.qm",)


def _qt_part(path: str) -> tuple[str, ...] | None:
    parts = PurePath(path.replace("\\", "/")).parts
    for i, part in enumerate(parts[:-1]):
        if part == "PySide6" and i + 2 < len(parts) and parts[i + 1] == "Qt":
            return parts[i + 2:]
        if part == "PySide6" and i + 1 < len(parts) and parts[i + 1] in ("plugins", "translations"):
            return parts[i + 1:]
    return None


def keep_binary(dest: str) -> bool:
    if PurePath(dest).name.startswith(GTK_THEME_ONLY + QT_UNUSED + QT_NETWORK_ONLY + FROM_THE_SYSTEM):
        return False
    rest = _qt_part(dest)
    if not rest or rest[0] != "plugins" or len(rest) < 3:
        return True
    folder, name = rest[1], PurePath(rest[-1]).name
    wanted = PLUGINS.get(folder, ())
    return any(name == w or name.startswith(w + ".") for w in wanted)


def keep_data(dest: str) -> bool:
    rest = _qt_part(dest)
    if rest and rest[0] == "translations":
        return PurePath(rest[-1]).name in TRANSLATIONS
    return keep_binary(dest)
