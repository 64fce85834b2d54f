# The bundle carries the build machine's OpenSSL, which looks for the trusted roots where that
# distribution keeps them (Debian's /usr/lib/ssl). On Fedora, openSUSE and the rest it finds
# none, and every provider's certificate would be "not valid". Unless the person named their
# own (SSL_CERT_FILE / SSL_CERT_DIR), point it at this system's bundle: a few stat calls, no
# import of ssl at start-up. (Windows: Python reads the system store itself.)
import os

_SYSTEM_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Arch, Gentoo
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL and relatives
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # newer RHEL
    "/etc/ssl/cert.pem",  # Alpine, macOS
)


def _pyi_rthook():
    if os.name != "posix" or "SSL_CERT_FILE" in os.environ or "SSL_CERT_DIR" in os.environ:
        return
    for bundle in _SYSTEM_BUNDLES:
        if os.path.isfile(bundle):
            os.environ["SSL_CERT_FILE"] = bundle
            return


_pyi_rthook()
del _pyi_rthook
