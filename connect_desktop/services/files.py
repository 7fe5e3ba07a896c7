"""Writing the user's files safely."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


def _read_umask() -> int:
    mask = os.umask(0)  # the only portable way to read it is to set it and put it back
    os.umask(mask)
    return mask


# Read once, at import, rather than flipping the process-wide mask while jobs run.
_UMASK = _read_umask()
# The permissions ``open()`` would give a new file: ``mkstemp`` gives the owner's only.
NEW_FILE_MODE = 0o666 & ~_UMASK


@contextmanager
def atomic_output(path: Path, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` (``mode`` and ``open_args`` as for ``open``);
    on leaving the block without an exception it is synced and moved onto ``path``.

    On any exception (a cancelled export included) the temporary file is removed and
    ``path`` is left as it was. The result gets the usual permissions of a new file.
    """
    if "w" not in mode:
        raise ValueError("An export opens its file for writing.")
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(handle, mode, **open_args) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, NEW_FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_bytes_atomically(data: bytes, path: Path) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then move it onto ``path``:
    a reader never sees a half-written file, and a failure leaves any previous file
    intact."""
    with atomic_output(path) as stream:
        stream.write(data)
    return Path(path)
