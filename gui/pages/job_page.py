"""The base of the pages that run one long job at a time off the UI thread.

Staffing, Sweep, Compare, Report and Calibrate each start a worker (a
:class:`~gui.workers.ProcessJob`, or a :class:`~gui.workers.GeneratorWorker` for calibrate),
show its progress in a status line, can cancel it, and say when it ended. This class holds what
they share: the job, the status line (kept as a function so a language switch re-words it),
cancel, the end of a job, waiting for one (``kefulab gui --snapshot``) and the language-change
hook. Its own words are translated in the context ``JobPage`` (``QCoreApplication.translate``,
so a subclass's ``tr()`` context does not hide them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from gui.app import current_language

# the longest wait for a job when a snapshot of the page is taken
SNAPSHOT_TIMEOUT_MS = 180_000
# a job's signal and the page method it is connected to, when the page has one
SLOTS = (
    ("progress", "_on_progress"),
    ("yielded", "_on_yielded"),
    ("returned", "_on_done"),
    ("cancelled", "_on_cancelled"),
    ("aborted", "_on_aborted"),
    ("errored", "_on_failed"),
)


class JobPage(QWidget):
    """A page with one job at a time.

    A subclass builds ``self.status`` (a ``QLabel``, or ``None``), ``self.cancel_button`` and
    ``self.message_bar``, and defines ``_update_buttons()`` and ``retranslate()``; it starts a
    job with :meth:`run_job`, which connects the job's signals to the page's ``_on_progress``,
    ``_on_yielded``, ``_on_done``, ``_on_cancelled``, ``_on_aborted`` and ``_on_failed`` (those it
    has; ``_on_failed`` defaults to :meth:`set_failed`).

    Signals:
        jobFinished(): a job ended (done, cancelled or failed); the page is idle again.
    """

    jobFinished = Signal()  # noqa: N815 (Qt signal names)

    def __init__(self, document, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.job = None
        self.status: QLabel | None = None
        self._status_text: Callable[[], str] | None = None

    @property
    def lang(self) -> str:
        return current_language()

    @property
    def running(self) -> bool:
        return self.job is not None

    # the status line -----------------------------------------------------------------------
    def set_status(self, text: Callable[[], str]) -> None:
        """Show the status line ``text()``, made again in the new language on a switch."""
        self._status_text = text
        if self.status is not None:
            self.status.setText(text())

    def set_failed(self, exc: BaseException) -> None:
        """The status "Failed." and the error's one line in the message bar."""
        self.set_status(lambda: QCoreApplication.translate("JobPage", "Failed."))
        self.message_bar.show_exception(exc)

    # the job -------------------------------------------------------------------------------
    def run_job(self, job) -> None:
        """Connect ``job``'s signals to the page's handlers (:data:`SLOTS`) and its end, then
        start it."""
        for signal, slot in SLOTS:
            handler = getattr(self, slot, None)
            if handler is not None and hasattr(job, signal):
                getattr(job, signal).connect(handler)
        job.finished.connect(self._job_ended)
        self.job = job
        self._update_buttons()
        job.start()

    def cancel(self) -> None:
        """Ask the job to stop (at its next step); what it keeps is the page's to say."""
        if self.job is None:
            return
        stop = getattr(self.job, "cancel", None) or self.job.quit
        stop()
        self.cancel_button.setEnabled(False)
        self.set_status(lambda: QCoreApplication.translate("JobPage", "Cancelling…"))

    def _on_failed(self, exc: BaseException) -> None:
        self.set_failed(exc)

    def _job_ended(self) -> None:
        self.job = None
        self._on_job_ended()
        self._update_buttons()
        self.jobFinished.emit()

    def _on_job_ended(self) -> None:
        """What a page does when its job ends, before the buttons are updated."""

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def wait_for_job(self, timeout_ms: int = SNAPSHOT_TIMEOUT_MS) -> None:
        """Block in a local event loop (the work stays in its worker) until the job ends, or
        for ``timeout_ms`` at most."""
        if self.job is None:
            return
        loop = QEventLoop(self)
        self.job.finished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    # language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-label the page; a subclass calls this first (it re-words the status line)."""
        if self._status_text is not None and self.status is not None:
            self.status.setText(self._status_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
