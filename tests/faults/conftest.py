"""Ways to make the file system refuse writes, for the fault tests.

A read-only folder must refuse writes even when the tests run as root (CI
containers do): root ignores permission bits through the capabilities
CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so the fixture drops those from the
calling thread for the duration. A full disk is made for real, with a tiny
tmpfs in a private mount namespace when the system allows it, or with a file
size limit (RLIMIT_FSIZE) on a child process, which fails writes the same way.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
_CAPABILITY_VERSION_3 = 0x20080522
_DAC_CAPABILITIES = (1 << 1) | (1 << 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


@contextlib.contextmanager
def _without_permission_override():
    """While inside, this thread obeys file permission bits even as root."""
    if os.geteuid() != 0:
        yield
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapHeader(_CAPABILITY_VERSION_3, 0)
    data = (_CapData * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        pytest.skip("cannot read this thread's capabilities")
    saved = data[0].effective
    data[0].effective = saved & ~_DAC_CAPABILITIES
    if libc.capset(ctypes.byref(header), data) != 0:
        pytest.skip("cannot drop root's permission override")
    try:
        yield
    finally:
        data[0].effective = saved
        libc.capset(ctypes.byref(header), data)


@pytest.fixture
def read_only():
    """`with read_only(folder):` makes the folder unwritable, even for root, and restores it."""

    @contextlib.contextmanager
    def make(folder: Path):
        mode = folder.stat().st_mode
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
        try:
            with _without_permission_override():
                probe = folder / ".probe"
                try:
                    probe.write_bytes(b"")
                except PermissionError:
                    pass
                else:
                    probe.unlink()
                    pytest.skip("this system lets the tests write into a read-only folder")
                yield folder
        finally:
            folder.chmod(stat.S_IMODE(mode))

    return make


def _limit_file_size(limit: int):
    def apply() -> None:
        # Without this, exceeding the limit kills the process instead of failing the write.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _child_env() -> dict[str, str]:
    """Children import briefer and this folder's helpers (`from _briefs import ...`)."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(REPO), str(HERE)])}


@pytest.fixture(scope="session")
def build_brief():
    """`_briefs.build_brief`, the same function the child processes import."""
    spec = importlib.util.spec_from_file_location("_briefs", HERE / "_briefs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_brief


@pytest.fixture
def run_with_file_size_limit():
    """Run Python code in a child whose writes fail beyond `limit` bytes per file."""

    def run(code: str, *args: str, limit: int) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
            preexec_fn=_limit_file_size(limit), env=_child_env(), cwd=REPO,
        )

    return run


def _tmpfs_possible(folder: Path) -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
         str(folder)], capture_output=True, timeout=30,
    )
    return probe.returncode == 0


@pytest.fixture
def run_on_tiny_disk(tmp_path):
    """Run Python code in a child that sees a `size`-byte file system at argv[1].

    The file system is a tmpfs in the child's own mount namespace, so it
    vanishes with the child; everything that must be checked on it is checked
    by the child's code, which reports on stdout.
    """
    mount_point = tmp_path / "tiny-disk"
    mount_point.mkdir()
    if not _tmpfs_possible(mount_point):
        pytest.skip("cannot mount a small tmpfs here (needs CAP_SYS_ADMIN)")

    def run(code: str, size: int) -> subprocess.CompletedProcess:
        script = 'mount -t tmpfs -o size="$1" tmpfs "$2" && exec "$3" -c "$4" "$2"'
        return subprocess.run(
            ["unshare", "--mount", "--", "sh", "-c", script, "sh", str(size),
             str(mount_point), sys.executable, code],
            capture_output=True, text=True, timeout=120, env=_child_env(), cwd=REPO,
        )

    return run
