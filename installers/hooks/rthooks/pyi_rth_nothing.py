# Takes the place of PyInstaller's run-time hooks for inspect, pkgutil and multiprocessing
# (installers/hooks/rthooks.dat): they import those modules at every start, before the app's
# first line, and the wizard uses none of what they patch (source lookup for frozen frames,
# pkgutil.iter_modules over the archive, spawned worker processes). `mailsetup --version`
# pays for them in full otherwise.
