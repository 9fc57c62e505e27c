"""The reply reader made ready off the UI thread, before the trainee's first reply needs it.

The reader's model is trained on the shipped corpus at its first use, which takes seconds the
first time on a machine (later starts load the saved model,
:mod:`simulator.roleplay.reader_cache`), and its lexicon is compiled (a few seconds). :class:`ReaderWarmup` does that first use in a
:class:`~gui.workers.GeneratorWorker` per language: the window asks for its own language when
it opens, the chat page for the script's when a chat starts. The chat page holds a reply sent
before its language is ready and plays it when it is.
"""

from __future__ import annotations

from collections.abc import Generator

from PySide6.QtCore import QObject, Signal

from gui.workers import GeneratorWorker
from simulator.roleplay.reader import ready_to_read

__all__ = ["ReaderWarmup", "warm_reader"]


def warm_reader(lang: str) -> Generator[str, None, None]:
    """Make the reader of ``lang`` ready (model loaded or trained, lexicon compiled), then yield
    ``lang``."""
    ready_to_read(lang)
    yield lang


class ReaderWarmup(QObject):
    """Readies readers in the thread pool; :attr:`ready` says when a language can be read.

    A failure (a broken shipped corpus) is reported on :attr:`failed` and the language marked
    ready all the same: the reply is then read on the UI thread, which raises the same error
    as without the warm-up.
    """

    ready = Signal(str)  # a language whose reader is ready
    failed = Signal(str)  # the error, one line

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready: set[str] = set()
        self.workers: dict[str, GeneratorWorker] = {}

    def need(self, lang: str) -> None:
        """Start readying ``lang`` unless it is ready or being readied."""
        if lang in self._ready or lang in self.workers:
            return
        worker = GeneratorWorker(warm_reader, lang)
        worker.yielded.connect(self._mark)
        worker.errored.connect(lambda error, lang=lang: self._fail(lang, error))
        self.workers[lang] = worker
        worker.start()

    def is_ready(self, lang: str) -> bool:
        return lang in self._ready

    def _mark(self, lang: str) -> None:
        self._ready.add(lang)
        self.ready.emit(lang)

    def _fail(self, lang: str, error: Exception) -> None:
        self.failed.emit(str(error))
        self._mark(lang)
