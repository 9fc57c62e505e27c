"""The reply reader made ready off the UI thread, before the trainee's first reply needs it.

The reader's model is trained on the shipped corpus at its first use, which takes seconds the
first time on a machine (later starts load the saved model,
:mod:`simulator.roleplay.reader_cache`). :class:`ReaderWarmup` does that first use in a
:class:`~gui.workers.GeneratorWorker` when the trainer window opens, one language at a time;
the chat page holds a reply sent before its language is ready and plays it when it is.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable

from PySide6.QtCore import QObject, Signal

from gui.workers import GeneratorWorker
from simulator.roleplay.reader import model_for

__all__ = ["ReaderWarmup", "warm_readers"]

LANGS = ("zh", "en")


def warm_readers(langs: Iterable[str]) -> Generator[str, None, None]:
    """Make the reader of each language ready (trained or loaded), yielding each when it is."""
    for lang in langs:
        model_for(lang)
        yield lang


class ReaderWarmup(QObject):
    """Readies the readers in the thread pool; :attr:`ready` says when a language can be read.

    A failure (a broken shipped corpus) marks every language ready all the same: the reply is
    then read on the UI thread, which reports the same error as without the warm-up.
    """

    ready = Signal(str)  # a language whose reader is ready
    failed = Signal(str)  # the error, one line

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready: set[str] = set()
        self.worker: GeneratorWorker | None = None

    def start(self, langs: Iterable[str] = LANGS) -> None:
        """Start readying ``langs`` (once; later calls do nothing)."""
        if self.worker is not None:
            return
        self.worker = GeneratorWorker(warm_readers, tuple(langs))
        self.worker.yielded.connect(self._mark)
        self.worker.errored.connect(self._fail)
        self.worker.start()

    def is_ready(self, lang: str) -> bool:
        return lang in self._ready

    def _mark(self, lang: str) -> None:
        self._ready.add(lang)
        self.ready.emit(lang)

    def _fail(self, error: Exception) -> None:
        self.failed.emit(str(error))
        for lang in LANGS:
            if lang not in self._ready:
                self._mark(lang)
