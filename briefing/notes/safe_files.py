"""File operations that never leave a half-written notes file: exclusive locks, atomic replace, backups."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows has no fcntl; msvcrt byte-range locks stand in for flock there.
    fcntl = None  # type: ignore[assignment]


@contextlib.contextmanager
def exclusive_lock(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on lock_path for the block; the OS releases it if the process dies."""
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        else:
            yield from _windows_lock(descriptor)
    finally:
        os.close(descriptor)


def _windows_lock(descriptor: int) -> Iterator[None]:
    import msvcrt

    while True:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
            break
        except OSError:
            continue
    try:
        yield
    finally:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


def write_atomically(path: Path, data: bytes, backup_path: Path) -> None:
    """Replace path with data so that a crash at any moment leaves either the old or the new file.

    The previous version becomes backup_path. Temporary files left by a process killed mid-write are removed
    first; the caller holds the document's lock, so no other writer owns them.
    """
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        stale.unlink(missing_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    if path.exists():
        _keep_backup(path, backup_path)
    os.replace(temporary, path)
    _fsync_directory(path.parent)


def _keep_backup(path: Path, backup_path: Path) -> None:
    """The current file becomes the backup, itself replaced atomically (a hard link costs no copy)."""
    temporary = path.with_name(f".{path.name}.backup.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        os.link(path, temporary)
    except OSError:
        shutil.copyfile(path, temporary)
    os.replace(temporary, backup_path)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; platforms that cannot open a directory skip this."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def move_aside(path: Path) -> Path:
    """Rename an unreadable file to a unique sibling name so that nothing in it is lost; return the new path."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}-{secrets.token_hex(2)}")
    os.replace(path, aside)
    _fsync_directory(path.parent)
    return aside
