# PyInstaller's own PySide6 run-time hook imports PySide6.QtCore at every start (to register a
# qt.conf that points Qt at the bundle), which loads Qt and ICU before the app's first line:
# `mailsetup --version` and every command pay ~0.2 s for a window they never open. This one
# sets the same paths and registers that qt.conf right after QtCore's own first import.


def _pyi_rthook():
    import importlib.abc
    import importlib.util
    import os
    import sys

    qt_prefix = os.path.join(sys._MEIPASS, "PySide6") if sys.platform.startswith("win") else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_prefix, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_prefix, "qml")
    if sys.platform.startswith("win"):
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")

    class AfterQtCore(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                from _pyi_rth_utils import qt

                qt.create_embedded_qt_conf("PySide6", qt_prefix)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, AfterQtCore())


_pyi_rthook()
del _pyi_rthook
