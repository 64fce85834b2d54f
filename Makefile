# Two commands on a fresh machine: `make run` and `make test`. Everything else is set up here.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages the tests need: real mail servers, DNS, a firewall, what Qt needs to
# render offscreen, a real Thunderbird for the written profile (and NSS, which encrypts its
# saved logins), and a real Secret Service (gnome-keyring on a private D-Bus, secret-tool to
# read back) for the keyring tests.
SYSTEM_PACKAGES := dovecot-imapd dovecot-pop3d postfix dnsmasq-base iptables iproute2 util-linux \
	libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	thunderbird libnss3 gnome-keyring libsecret-tools dbus-daemon

# What building, signing and checking the installers needs (installers/build.py): NSIS and
# wixl for the Windows wrappers, osslsigncode for Authenticode, debsigs/debsig-verify, rpm and
# GnuPG for the Linux signatures, the desktop-entry and AppStream validators, and Xvfb for the
# frozen app's window.
DIST_PACKAGES := nsis osslsigncode msitools wixl debsigs debsig-verify gnupg desktop-file-utils appstream \
	xvfb xauth rpm fakeroot faketime binutils xz-utils

# Every package the frozen app's .deb can depend on (installers/sysdeps.py writes its Depends
# from the bundle, naming only these): installed here so the installed-.deb check installs the
# package as dpkg does on a person's machine, its Depends met, nothing forced.
DEB_DEPENDS := libc6 libgl1 libegl1 libxcb1 libdbus-1-3 libwayland-client0 libwayland-cursor0 fontconfig-config xkb-data

# What a Linux desktop needs for Qt's X11 window (a minimal desktop may lack some).
DESKTOP_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3

.PHONY: run test test-wheel bench fuzz dist system-packages desktop-packages translations clean

run: $(STAMP) desktop-packages
	$(VENV)/bin/mailsetup demo

# The wheel the real installer chain freezes (tests/installers/test_chain.py): built here,
# before unshare, because pip's isolated build fetches setuptools and the test run has no network.
# The build's own words stay beside it (build.log): tests/test_packaging.py reads them for warnings.
TEST_WHEEL := build/test-wheel

test: $(STAMP) system-packages test-wheel
	$(SUDO) env MAILSETUP_REQUIRE_WORLD=1 MAILSETUP_TEST_WHEEL="$$(ls $(CURDIR)/$(TEST_WHEEL)/mailsetup-*.whl)" \
		unshare --net --mount --fork -- $(PY) -m pytest $(PYTEST_ARGS)

test-wheel: $(STAMP)
	rm -rf $(TEST_WHEEL) && mkdir -p $(TEST_WHEEL)
	$(PY) -m pip wheel -v --no-deps --disable-pip-version-check -w $(TEST_WHEEL) . >$(TEST_WHEEL)/build.log 2>&1 || \
		{ tail -n 30 $(TEST_WHEEL)/build.log; exit 1; }

# Every installer for this platform, frozen from a wheel in a clean venv, smoke-tested, signed
# (throwaway keys unless the release keys are handed in: see README "Release") and verified.
dist: $(STAMP) system-packages
	$(PY) installers/build.py --out build/dist $(DIST_ARGS)

# mailsetup beside the network's own critical path, in the test world with the provider 40 ms
# away (a delay proxy on loopback): prints figures and ratios, asserts nothing (README: Benchmark).
bench: $(STAMP) system-packages
	$(SUDO) env QT_QPA_PLATFORM=offscreen unshare --net --mount --fork -- $(PY) -m tests.bench.run $(BENCH_ARGS)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "mailsetup needs Python 3.11 or newer"; exit 1; }
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV); \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv && \
		$(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,demo,dist]'
	touch $@

system-packages desktop-packages: PACKAGES = $(if $(filter desktop-packages,$@),$(DESKTOP_PACKAGES),$(SYSTEM_PACKAGES) $(DESKTOP_PACKAGES) $(DIST_PACKAGES) $(DEB_DEPENDS))
system-packages desktop-packages:
	@command -v dpkg-query >/dev/null || exit 0; \
	missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages: $$missing"; \
		$(SUDO) apt-get -o DPkg::Lock::Timeout=600 update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# Every parser fed 10,000 hypothesis examples or more (about 4 minutes on 2 cores); `make test`
# runs the same properties with a few hundred. Parsers are pure: no test world needed.
FUZZ_EXAMPLES ?= 10000
fuzz: $(STAMP)
	MAILSETUP_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/parsers/test_fuzz.py -q -o timeout=3600 $(PYTEST_ARGS)

translations: $(STAMP)
	$(PY) -m wizard.i18n.extract
	$(PY) -m wizard.gui.qm

clean:
	rm -rf $(VENV) build *.egg-info
