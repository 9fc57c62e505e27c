"""Render every page offscreen to PNG files: ``python -m gui.snapshot DIR [--lang zh|en]``.

Used by ``kefulab gui --snapshot DIR`` and to regenerate ``docs/screenshots/``. Files are named
``NN_page_lang.png`` (a page with several views adds ``-view`` to its key). When the run page
exists, a short real run is made first so the run and results pages show numbers.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

RUN_TIMEOUT_MS = 180_000
SIZE = (1360, 860)


def _wait_until(app, condition: Callable[[], bool], timeout_ms: int) -> bool:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


def _short_run(app, window) -> None:
    """Run the scenario once on the run page (as fast as possible), if that page exists."""
    page = window.pages.get("run")
    if page is None:
        return
    prepare = getattr(page, "prepare_snapshot", None)
    if callable(prepare):
        prepare()
    elif callable(getattr(page, "start", None)) and hasattr(page, "running"):
        speed = getattr(page, "speed", None)
        if speed is not None and hasattr(speed, "setCurrentIndex"):
            speed.setCurrentIndex(0)  # as fast as possible
        page.start()
    else:
        return

    def running() -> bool:
        state = page.running  # a property or a method
        return bool(state() if callable(state) else state)

    _wait_until(app, lambda: not running(), RUN_TIMEOUT_MS)
    app.processEvents()


def take_snapshots(
    out_dir: str | os.PathLike[str],
    languages: Sequence[str] = ("zh", "en"),
    scenario: str | os.PathLike[str] | None = None,
) -> list[Path]:
    """Render every page (and view) of the workbench in each language; return the PNG paths."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists
    from PySide6.QtCore import QSettings

    from gui.app import create_app, set_language
    from gui.main_window import open_window
    from gui.settings import Settings

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_app([sys.argv[0]])
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kefulab-snapshot-") as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        set_language(app, languages[0])
        window = open_window(scenario, settings)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        _short_run(app, window)
        for lang in languages:
            set_language(app, lang)
            for number, entry in enumerate(window.entries, start=1):
                page = window.show_page(entry.key)
                states = getattr(page, "snapshot_states", lambda: ("",))()
                for state in states:
                    if state:
                        page.show_snapshot_state(state)
                    app.processEvents()
                    key = entry.key + (f"-{state}" if state and state != states[0] else "")
                    path = out / f"{number:02d}_{key}_{lang}.png"
                    window.grab().save(str(path))
                    written.append(path)
        window.document.undo_stack.setClean()
        window.close()
        shut_down(app, window)
        from gui.trainer.snapshot import trainer_snapshots  # the trainee's window

        written += trainer_snapshots(app, out, languages, Path(tmp), len(window.entries) + 1)
    return written


def shut_down(app, window) -> None:
    """Delete the window and let pool threads finish, so the interpreter exits cleanly."""
    from PySide6.QtCore import QEvent, QThreadPool

    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    QThreadPool.globalInstance().waitForDone(10_000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gui.snapshot", description=__doc__)
    parser.add_argument("out_dir", help="folder for the PNG files")
    parser.add_argument("--lang", choices=("zh", "en"), help="one language (default: both)")
    parser.add_argument("--scenario", help="scenario file or shipped name (default: daily)")
    args = parser.parse_args(argv)
    languages = (args.lang,) if args.lang else ("zh", "en")
    for path in take_snapshots(args.out_dir, languages, args.scenario):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
