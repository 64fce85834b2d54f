"""Checks and steps that keep the world off the host: private network and mount namespaces.

The world bind-mounts over /etc files and binds well-known ports; that is only harmless in a
namespace of our own, so it refuses to start anywhere else.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

HOW_TO_RUN = "run via `make test`, which enters a private network namespace"

_DAEMON_EXES = ("/usr/sbin/dovecot", "/usr/lib/dovecot/", "/usr/lib/postfix/", "/usr/sbin/dnsmasq")


def _interfaces() -> list[str]:
    """Network interfaces of *this* process's namespace (/sys may show the host's)."""
    lines = Path("/proc/self/net/dev").read_text().splitlines()[2:]
    return [line.split(":", 1)[0].strip() for line in lines]


def _parent(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat.rsplit(")", 1)[1].split()[1])


def _own_namespace(kind: str) -> bool:
    """Whether some ancestor of ours lives in another ``kind`` namespace (we unshared)."""
    mine = os.readlink(f"/proc/self/ns/{kind}")
    pid = os.getpid()
    while pid > 1:
        try:
            pid = _parent(pid)
            if pid and os.readlink(f"/proc/{pid}/ns/{kind}") != mine:
                return True
        except OSError:
            return False
    return False


def _root_mount_shared() -> bool:
    """Whether mounts under / would propagate to another namespace."""
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        fields = line.split()
        if fields[4] == "/":
            return any(f.startswith("shared:") for f in fields[6:fields.index("-")])
    return True


def isolation_problem() -> str | None:
    """None when it is safe to start the world, else why not."""
    if os.geteuid() != 0:
        return f"the test world needs root ({HOW_TO_RUN})"
    extra = [i for i in _interfaces() if i != "lo"]
    if extra:
        return f"not in a private network namespace (interfaces {', '.join(extra)}); {HOW_TO_RUN}"
    if not _own_namespace("mnt") or _root_mount_shared():
        return f"not in a private mount namespace; {HOW_TO_RUN}"
    return None


def is_isolated() -> bool:
    return isolation_problem() is None


def loopback_up() -> None:
    """A new network namespace starts with lo down."""
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)


def bind_mount(source: Path, target: str) -> None:
    """Bind ``source`` over ``target`` (private to our mount namespace)."""
    subprocess.run(["mount", "--bind", str(source), target], check=True, capture_output=True)


def unmount(target: str) -> None:
    subprocess.run(["umount", "-l", target], check=False, capture_output=True)


def reap_strays() -> list[int]:
    """Kill daemons the world started that survived their master (same private netns only)."""
    if not is_isolated():
        return []
    me = os.readlink("/proc/self/ns/net")
    killed: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if os.readlink(entry / "ns" / "net") != me:
                continue
            exe = os.readlink(entry / "exe")
        except OSError:
            continue
        if exe.startswith(_DAEMON_EXES):
            try:
                os.kill(int(entry.name), signal.SIGKILL)
                killed.append(int(entry.name))
            except ProcessLookupError:
                pass
    return killed
