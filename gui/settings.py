"""What the workbench remembers between sessions (QSettings, organisation and app "KefuLab")."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """A typed wrapper around ``QSettings("KefuLab", "KefuLab")``.

    Args:
        qsettings: the store to use; tests pass one in a temporary directory.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.store = qsettings if qsettings is not None else QSettings("KefuLab", "KefuLab")

    # window layout -------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    # recent files --------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self.store.value("recent/files", [])
        if isinstance(value, str):  # QSettings turns a one-item list into a string
            value = [value]
        return [Path(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent_file(self, path: str | os.PathLike[str]) -> list[Path]:
        """Put ``path`` first in the recent-files list (at most :data:`MAX_RECENT`)."""
        path = Path(path).resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        files = files[:MAX_RECENT]
        self.store.setValue("recent/files", [str(p) for p in files])
        return files

    def clear_recent_files(self) -> None:
        self.store.remove("recent/files")

    # language and workers ------------------------------------------------------------------
    def language(self) -> str | None:
        value = self.store.value("ui/language")
        return value if value in ("zh", "en") else None

    def set_language(self, lang: str) -> None:
        self.store.setValue("ui/language", lang)

    def worker_count(self) -> int:
        """Processes for replications and sweeps (default: CPUs less one, at least 1)."""
        default = max(1, (os.cpu_count() or 2) - 1)
        try:
            return max(1, int(self.store.value("run/workers", default)))
        except (TypeError, ValueError):
            return default

    def set_worker_count(self, workers: int) -> None:
        if workers < 1:
            raise ValueError(f'"workers" must be >= 1, got {workers}')
        self.store.setValue("run/workers", int(workers))

    def sync(self) -> None:
        self.store.sync()
