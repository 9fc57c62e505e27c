"""GUI fixtures: settings in a temporary folder, the daily scenario, the main window."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app, set_language  # noqa: E402
from gui.document import ScenarioDocument  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.pages import PAGES  # noqa: E402
from gui.settings import Settings  # noqa: E402
from gui.shipped import shipped_path  # noqa: E402


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings stored in an ini file under the test's temporary folder."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    store = QSettings(str(tmp_path / "kefulab.ini"), QSettings.Format.IniFormat)
    return Settings(store)


@pytest.fixture
def document(qapp) -> ScenarioDocument:
    create_app()
    return ScenarioDocument.from_file(shipped_path("tmall_daily"))


def _window(qtbot, document, settings) -> MainWindow:
    set_language(create_app(), "en")
    win = MainWindow(document, settings)
    qtbot.addWidget(win)
    win.ask_unsaved_changes = lambda: "discard"  # never block a test on a dialog
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, document, settings, monkeypatch) -> MainWindow:
    """The main window with the Scenario page only (the other pages have their own tests)."""
    only = [entry for entry in PAGES if entry.key == "scenario"]
    monkeypatch.setattr("gui.main_window.available_pages", lambda: only)
    return _window(qtbot, document, settings)


@pytest.fixture
def full_window(qtbot, document, settings) -> MainWindow:
    """The main window with every page in the tree."""
    return _window(qtbot, document, settings)
