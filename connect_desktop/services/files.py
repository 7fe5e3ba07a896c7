"""Writing the user's files safely."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _read_umask() -> int:
    mask = os.umask(0)  # the only portable way to read it is to set it and put it back
    os.umask(mask)
    return mask


# Read once, at import, rather than flipping the process-wide mask while jobs run.
_UMASK = _read_umask()


def write_bytes_atomically(data: bytes, path: Path) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then move it onto ``path``.

    A reader never sees a half-written file, and a failure leaves any previous file
    intact. The result gets the usual permissions of a new file (``mkstemp`` would
    leave it readable by its owner only).
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
