"""Reading an imported PDF in a separate process, so that a hostile file cannot hurt the app.

A PDF from outside may make the parser loop, eat all memory or crash the interpreter.
``read_invoice_pdf_isolated`` runs ``read_invoice_pdf`` in a child process (the "spawn"
start method: no Qt state is inherited, and it works the same on every platform and in a
frozen app) with a wall-clock timeout and, where the OS allows, a memory cap. Whatever the
child does, the caller gets an ``ExtractedInvoice`` or an ``ImportRefused``: "timeout" when
the child took too long (it is killed), "crashed" when it died without an answer.
multiprocessing is imported only here, when a file is read, to keep start-up light.
"""

from __future__ import annotations

import logging
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


def _child(
    connection: Connection, reader: Reader, path: str, options: dict[str, Any], memory: int
) -> None:
    """The child's work: read the file, send back one tuple (exceptions do not pickle well)."""
    _limit_memory(memory)
    try:
        answer: tuple[Any, ...] = ("ok", reader(Path(path), **options))
    except ImportRefused as refusal:
        answer = ("refused", refusal.code, str(refusal))
    except MemoryError:
        answer = ("refused", "too_large", "The PDF needs too much memory to be read.")
    except BaseException as error:  # anything else is a parser bug, reported to the parent
        import traceback

        answer = ("error", repr(error), "".join(traceback.format_exception(error)))
    try:
        connection.send(answer)
    finally:
        connection.close()


def _stop(process: Any, grace: float) -> None:
    """Let a child that answered exit by itself; stop one that did not."""
    process.join(grace)
    if process.is_alive():
        process.terminate()
        process.join(2.0)
    if process.is_alive():
        process.kill()
    process.join(5.0)


def read_invoice_pdf_isolated(
    path: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_IMPORT_BYTES,
    max_pages: int = MAX_IMPORT_PAGES,
    memory: int = MEMORY_LIMIT,
    reader: Reader = read_invoice_pdf,
) -> ExtractedInvoice:
    """``read_invoice_pdf`` in a child process; never hangs past ``timeout``, never crashes.

    ``reader`` (a module-level function, so that the child can import it) is for tests.
    """
    import multiprocessing

    name = Path(path).name
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    options = {"max_bytes": max_bytes, "max_pages": max_pages}
    process = context.Process(
        target=_child,
        args=(sender, reader, str(path), options, memory),
        name="connect-desktop-pdf-reader",
        daemon=True,
    )
    try:
        process.start()
    except OSError as error:  # no process could be made (out of resources)
        receiver.close()
        log.warning("The PDF reader could not start: %r", error)
        raise ImportRefused("crashed", f"{name} could not be read: {error}.") from None
    finally:
        sender.close()  # the parent's copy: the pipe then ends when the child does
    answer: tuple[Any, ...] | None = None
    try:
        try:
            if receiver.poll(timeout):
                answer = receiver.recv()
            else:
                log.warning("Reading %s took more than %s s: stopped.", name, timeout)
                raise ImportRefused("timeout", f"{name} took too long to read.")
        except (EOFError, OSError):
            answer = None  # the child died before it answered
    finally:
        receiver.close()
        _stop(process, 2.0 if answer is not None else 0.0)
    if answer is None:
        log.warning("The PDF reader died on %s (exit code %s).", name, process.exitcode)
        raise ImportRefused("crashed", f"Reading {name} crashed the PDF reader.")
    if answer[0] == "ok":
        return answer[1]
    if answer[0] == "refused":
        raise ImportRefused(answer[1], answer[2])
    log.error("The PDF reader failed on %s:\n%s", name, answer[2])
    raise ReaderFailed(f"{name} cannot be read ({answer[1]}).", answer[2])
