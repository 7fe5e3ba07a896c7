"""Reading an imported PDF in a separate process, so that a hostile file cannot hurt the app.

A PDF from outside may make the parser loop, eat all memory or crash the interpreter.
``read_invoice_pdf_isolated`` runs ``read_invoice_pdf`` in a child process (the "spawn"
start method: no Qt state is inherited, and it works the same on every platform and in a
frozen app) with a wall-clock timeout and, where the OS allows, a memory cap. Whatever the
child does, the caller gets an ``ExtractedInvoice`` or an ``ImportRefused``: "timeout" when
the child took too long (it is killed), "crashed" when it died without an answer.

Starting a Python process and importing pypdf takes longer than reading an invoice, so the
child stays up and reads file after file: ``start_reader`` starts it ahead of the first
import (the app may call it once it is idle after start-up), and a child that was killed,
died, or hit a parser bug or the memory cap is replaced by a fresh one at the next file
(and every ``MAX_FILES`` files). Waiting, the child holds about 40 MB of memory: after
each file it gives back what the file took.
multiprocessing is imported only here, when a file is read, to keep start-up light.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from connect_desktop.services.invoice_import import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_PAGES,
    ExtractedInvoice,
    ImportRefused,
    read_invoice_pdf,
)

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0  # seconds per file; a real invoice takes well under one
MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes of address space for the child
MAX_FILES = 200  # files one child reads before it is replaced
Reader = Callable[..., ExtractedInvoice]


class ReaderFailed(ImportRefused):
    """The parser raised something other than ``ImportRefused``: a bug, not the user's file.

    The user is told the file cannot be read ("damaged"); ``details`` keeps the traceback.
    """

    def __init__(self, message: str, details: str) -> None:
        super().__init__("damaged", message)
        self.details = details


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows has no rlimits
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError) as error:  # macOS may refuse RLIMIT_AS: run without it
        log.debug("No memory limit for the PDF reader: %r", error)


def _read_one(reader: Reader, path: str, options: dict[str, Any]) -> tuple[Any, ...]:
    """One file's answer as a tuple (exceptions do not pickle well)."""
    try:
        return ("ok", reader(Path(path), **options))
    except ImportRefused as refusal:
        return ("refused", refusal.code, str(refusal))
    except MemoryError:
        return ("memory", "too_large", "The PDF needs too much memory to be read.")
    except BaseException as error:  # anything else is a parser bug, reported to the parent
        import traceback

        return ("error", repr(error), "".join(traceback.format_exception(error)))


def _release_memory() -> None:
    """Give what the last file took back to the system while the child waits: the parsed
    objects (some in reference cycles) and, with glibc, the freed heap it keeps."""
    import gc

    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, Windows, musl)
        pass


def _child(connection: Connection, memory: int) -> None:
    """The child's work: read each requested file and answer, until the parent goes away."""
    _limit_memory(memory)
    try:
        import pypdf  # noqa: F401  (imported now, while no file waits, rather than at the first)

        while True:
            try:
                reader, path, options = connection.recv()
            except (EOFError, OSError):  # the parent closed the pipe or died
                return
            connection.send(_read_one(reader, path, options))
            _release_memory()
    finally:
        connection.close()


def _stop(process: Any, grace: float) -> None:
    """Let a child that was told to go exit by itself; stop one that does not."""
    process.join(grace)
    if process.is_alive():
        process.terminate()
        process.join(2.0)
    if process.is_alive():
        process.kill()
    process.join(5.0)


class _ReaderProcess:
    """One child process and the parent's end of its pipe."""

    def __init__(self, memory: int) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.memory = memory
        self.files = 0  # files read so far
        self.connection, child_end = context.Pipe(duplex=True)
        self.process = context.Process(
            target=_child,
            args=(child_end, memory),
            name="connect-desktop-pdf-reader",
            daemon=True,  # never outlives the app
        )
        try:
            self.process.start()
        except BaseException:
            self.connection.close()
            raise
        finally:
            child_end.close()  # the parent's copy: the pipe then ends when the child does

    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self, grace: float = 0.0) -> None:
        self.connection.close()  # the child reads EOF and returns
        _stop(self.process, grace)


_lock = threading.Lock()  # one file at a time through the one child
_current: _ReaderProcess | None = None


def _reader_process(memory: int) -> _ReaderProcess:
    """The running child with this memory cap, started when there is none (call with _lock)."""
    global _current
    if _current is not None and (_current.memory != memory or not _current.alive()):
        _current.close(grace=1.0)
        _current = None
    if _current is None:
        _current = _ReaderProcess(memory)
    return _current


def _discard(process: _ReaderProcess) -> None:
    """Stop ``process`` (killed at once: it is hung, dead or suspect); call with _lock."""
    global _current
    process.close()
    if _current is process:
        _current = None


def _send(memory: int, request: tuple[Any, ...]) -> _ReaderProcess:
    """Hand ``request`` to the reader process; a child found dead is replaced once."""
    child = _reader_process(memory)
    try:
        child.connection.send(request)
    except OSError:  # it died since it was last used (killed from outside)
        _discard(child)
        child = _reader_process(memory)
        child.connection.send(request)
    return child


def start_reader(memory: int = MEMORY_LIMIT) -> None:
    """Start the reader process now, so that the first import need not wait for it.

    Cheap when it already runs; a failure is only logged (the first import retries)."""
    with _lock:
        try:
            _reader_process(memory)
        except OSError as error:
            log.warning("The PDF reader could not start: %r", error)


def stop_reader() -> None:
    """Stop the reader process, if any (at exit; the next import starts a new one)."""
    with _lock:
        if _current is not None:
            _discard(_current)


def read_invoice_pdf_isolated(
    path: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_IMPORT_BYTES,
    max_pages: int = MAX_IMPORT_PAGES,
    memory: int = MEMORY_LIMIT,
    reader: Reader = read_invoice_pdf,
) -> ExtractedInvoice:
    """``read_invoice_pdf`` in the reader process; never hangs past ``timeout``, never
    crashes.

    ``reader`` (a module-level function, so that the child can import it) is for tests.
    """
    name = Path(path).name
    options = {"max_bytes": max_bytes, "max_pages": max_pages}
    with _lock:
        try:
            child = _send(memory, (reader, str(path), options))
        except OSError as error:  # no process could be made (out of resources)
            log.warning("The PDF reader could not start: %r", error)
            raise ImportRefused("crashed", f"{name} could not be read: {error}.") from None
        answer: tuple[Any, ...] | None = None
        exit_code: int | None = None
        try:
            if not child.connection.poll(timeout):
                log.warning("Reading %s took more than %s s: stopped.", name, timeout)
                _discard(child)
                raise ImportRefused("timeout", f"{name} took too long to read.")
            answer = child.connection.recv()
        except (EOFError, OSError):
            answer = None  # the child died before it answered
        child.files += 1
        if answer is None or answer[0] in ("memory", "error") or child.files >= MAX_FILES:
            # Dead, or alive after a parser bug, with its memory exhausted or after many
            # files (whatever the parser left behind goes with it): start afresh.
            exit_code = child.process.exitcode
            _discard(child)
    if answer is None:
        log.warning("The PDF reader died on %s (exit code %s).", name, exit_code)
        raise ImportRefused("crashed", f"Reading {name} crashed the PDF reader.")
    if answer[0] == "ok":
        return answer[1]
    if answer[0] in ("refused", "memory"):
        raise ImportRefused(answer[1], answer[2])
    log.error("The PDF reader failed on %s:\n%s", name, answer[2])
    raise ReaderFailed(f"{name} cannot be read ({answer[1]}).", answer[2])
