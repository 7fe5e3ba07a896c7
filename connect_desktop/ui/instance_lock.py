"""One running instance per data folder: a lock file in that folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_FILENAME = "connect-desktop.lock"


class InstanceLock:
    """A lock file in the data folder: one running instance per folder.

    A lock left by a process that no longer runs (a crash, a power cut) is stale and
    taken over; a live instance's lock never goes stale with age.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILENAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """True when this process now holds the lock, False when another instance does.

        Raises ``OSError`` when the lock file cannot be written at all.
        """
        if self._lock.tryLock(0):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        raise OSError(f"Cannot create the lock file {self.path} ({error.name}).")

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()  # (pid, hostname, appname), or empty when unreadable
        return int(info[0]) if info and info[0] else None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
