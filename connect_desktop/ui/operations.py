"""Run store and service work off the UI thread, one database job at a time.

``run_job(parent, work, on_success, on_failure)`` calls ``work()`` on a worker thread
and hands its result (or its exception) back on the UI thread through a signal. Jobs go
through a pool of one thread, so database work never overlaps.
``run_job_with_progress`` does the same for long work (exports) that reports how far it is.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None


def job_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def wait_for_jobs(msecs: int = 10_000) -> bool:
    """Block until every queued job has run (for shutdown and tests)."""
    return job_pool().waitForDone(msecs)


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call back to this thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QObject,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self.on_success = on_success
        self.on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, value: Any) -> None:
        self._deliver(self.on_success, value)

    @Slot(object)
    def _deliver_failure(self, error: Exception) -> None:
        self._deliver(self.on_failure, error)

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        _pending.discard(self)
        self.deleteLater()
        try:
            callback(value)
        finally:
            _notify_if_idle()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the UI thread, which decides what to show
            log.debug("Job failed: %s", "".join(traceback.format_exception(error)))
            self._emit(self.relay.failed, error)
        else:
            self._emit(self.relay.succeeded, result)

    def _emit(self, signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the widget that asked was closed meanwhile
            _pending.discard(self.relay)


# Relays are kept here until they deliver, so Python never collects one in flight.
_pending: set[_Relay] = set()
_idle_callbacks: list[Callable[[], None]] = []


def call_when_idle(callback: Callable[[], None]) -> None:
    """Call ``callback`` once on the UI thread, as soon as every job started so far (and
    every job their results started) has run and delivered: the start-up clock uses it
    to know when the window shows its data."""
    _idle_callbacks.append(callback)
    if not _pending:
        _notify_if_idle()


def _notify_if_idle() -> None:
    if _pending:
        return
    callbacks = list(_idle_callbacks)
    _idle_callbacks.clear()
    for callback in callbacks:
        callback()


def run_job(
    parent: QObject,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> None:
    """Run ``work`` on the job thread; the callbacks run on ``parent``'s (UI) thread.

    Errors the user can cause (``ValueError`` from the rules) reach ``on_failure``;
    anything else should be re-raised there so that the global hook reports it.
    """
    relay = _Relay(parent, on_success, on_failure)
    _pending.add(relay)
    job_pool().start(_Job(work, relay))


class _ProgressRelay(_Relay):
    """A relay that also carries ``(done, total)`` from the worker to the UI thread."""

    progressed = Signal(int, int)

    def __init__(
        self,
        parent: QObject,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_progress: Callable[[int, int], None],
    ) -> None:
        super().__init__(parent, on_success, on_failure)
        self.on_progress = on_progress
        self.progressed.connect(self._deliver_progress)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        self.on_progress(done, total)

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread; Qt queues the call to the UI thread."""
        with contextlib.suppress(RuntimeError):  # the widget that asked was closed meanwhile
            self.progressed.emit(done, total)


def run_job_with_progress(
    parent: QObject,
    work: Callable[[Callable[[int, int], None]], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    on_progress: Callable[[int, int], None],
) -> None:
    """``run_job`` for long work that reports how far it is.

    ``work(progress)`` runs on the job thread; each ``progress(done, total)`` it makes
    reaches ``on_progress(done, total)`` on ``parent``'s (UI) thread. ``progress`` is
    safe to call from the job thread and never blocks it. To cancel, wrap it in a
    callable that raises once a flag set by the UI is up: the job then fails.
    """
    relay = _ProgressRelay(parent, on_success, on_failure, on_progress)
    _pending.add(relay)
    job_pool().start(_Job(lambda: work(relay.report), relay))
