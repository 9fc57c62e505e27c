"""The main window: a sidebar of pages, menus, and the message bar. It only assembles widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui import app as qtapp
from gui.document import ScenarioDocument
from gui.pages import PageEntry, available_pages
from gui.settings import Settings
from gui.shipped import SHIPPED_NAMES, display_name, scenario_file, shipped_path
from gui.widgets.message_bar import MessageBar
from gui.workers import stop_all_workers
from simulator.common.errors import KefuLabError

SP = QStyle.StandardPixmap
#: Sidebar icons by page key (standard icons, so nothing to ship); others get a plain file icon.
ICONS = {
    "scenario": SP.SP_FileDialogDetailedView,
    "run": SP.SP_MediaPlay,
    "results": SP.SP_FileDialogContentsView,
    "compare": SP.SP_FileDialogListView,
    "sweep": SP.SP_BrowserReload,
    "staffing": SP.SP_DirHomeIcon,
    "report": SP.SP_DriveFDIcon,
    "calibrate": SP.SP_DialogApplyButton,
}
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class MainWindow(QMainWindow):
    """Sidebar + stacked pages over one shared :class:`ScenarioDocument`."""

    def __init__(
        self, document: ScenarioDocument, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KefuLabMainWindow")
        self.document = document
        self.settings = settings
        self.message_bar = MessageBar(self)
        self.sidebar = QListWidget(self)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        self.entries: list[PageEntry] = []
        self.pages: dict[str, QWidget] = {}
        for entry in available_pages():
            self._add_page(entry)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message_bar)
        row = QHBoxLayout()
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(body)
        self._build_menus()
        document.pathChanged.connect(self._update_title)
        document.dirtyChanged.connect(self._update_title)
        document.scenarioChanged.connect(self._update_title)
        self.resize(1280, 820)
        if (geometry := settings.geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := settings.window_state()) is not None:
            self.restoreState(state)
        self.retranslate()

    def _add_page(self, entry: PageEntry) -> None:
        try:
            page = entry.load()(self.document, self.settings, self)
        except Exception as exc:  # a broken page must not take the window down
            self.message_bar.show_error(f"{entry.key}: {type(exc).__name__}: {exc}")
            return
        self.entries.append(entry)
        self.pages[entry.key] = page
        self.stack.addWidget(page)
        icon = self.style().standardIcon(ICONS.get(entry.key, SP.SP_FileIcon))
        item = QListWidgetItem(icon, "")
        self.sidebar.addItem(item)

    def show_page(self, key: str) -> QWidget:
        """Bring page ``key`` to the front and return it."""
        self.sidebar.setCurrentRow([e.key for e in self.entries].index(key))
        return self.pages[key]

    # menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = self.file_menu.addAction("", self.open_dialog)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.shipped_menu = self.file_menu.addMenu("")
        for stem in SHIPPED_NAMES:
            action = self.shipped_menu.addAction("")
            action.setData(stem)
            action.triggered.connect(lambda _=False, s=stem: self.open_file(shipped_path(s)))
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.save_action = self.file_menu.addAction("", self.save)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_as_action = self.file_menu.addAction("", self.save_as_dialog)
        self.save_as_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.edit_menu = bar.addMenu("")
        stack = self.document.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(stack.redo)
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.indexChanged):
            signal.connect(self._update_undo_actions)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, label in (("zh", "中文"), ("en", "English")):
            action = self.language_menu.addAction(label)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, code=lang: self.set_language(code))
            group.addAction(action)
            self.language_actions[lang] = action
        self.help_menu = bar.addMenu("")
        self.about_action = self.help_menu.addAction("", self.about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # files ------------------------------------------------------------------------------------
    def ask_unsaved_changes(self) -> str:
        """Ask whether to save unsaved edits: ``save``, ``discard`` or ``cancel``.

        Tests monkeypatch this method to answer without a dialog.
        """
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The scenario has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return {
            QMessageBox.StandardButton.Save: SAVE,
            QMessageBox.StandardButton.Discard: DISCARD,
        }.get(answer, CANCEL)

    def ask_save_path(self) -> Path | None:
        """Ask where to save the scenario (tests monkeypatch this); None when cancelled."""
        start = (
            str(self.document.path.with_name("my_" + self.document.path.name))
            if (self.document.path)
            else "scenario.yaml"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save scenario as"), start, self.tr("Scenario files (*.yaml *.yml)")
        )
        return Path(name) if name else None

    def maybe_keep_changes(self) -> bool:
        """True when it is fine to drop the current scenario (saved, discarded or clean)."""
        if not self.document.dirty:
            return True
        answer = self.ask_unsaved_changes()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open scenario"), "", self.tr("Scenario files (*.yaml *.yml)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Open a scenario file after the unsaved-changes check; errors go to the message bar."""
        if not self.maybe_keep_changes():
            return False
        try:
            self.document.open(path)
        except (KefuLabError, OSError) as exc:
            self.message_bar.show_error(str(exc))
            return False
        self.message_bar.clear()
        self.settings.add_recent_file(path)
        return True

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as_dialog()
        return self._saved(lambda: self.document.save())

    def save_as_dialog(self) -> bool:
        path = self.ask_save_path()
        if path is None:
            return False
        if path.suffix not in (".yaml", ".yml"):
            path = path.with_suffix(".yaml")
        if self._saved(lambda: self.document.save_as(path)):
            self.settings.add_recent_file(path)
            return True
        return False

    def _saved(self, write) -> bool:
        try:
            write()
        except KefuLabError as exc:
            self.message_bar.show_error(str(exc))
            return False
        self.message_bar.show_info(self.tr("Saved %1").replace("%1", str(self.document.path)))
        return True

    # language, about, closing -----------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch every open widget to ``lang`` (zh or en) and remember it."""
        qtapp.set_language(QApplication.instance(), lang)
        self.settings.set_language(lang)
        self.language_actions[lang].setChecked(True)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About KefuLab"), self.about_text())

    def about_text(self) -> str:
        from simulator import __version__

        return self.tr(
            "KefuLab %1: a simulation workbench for e-commerce customer service. "
            "Edit a scenario, watch a day play out, and read the results with their uncertainty."
        ).replace("%1", __version__)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        stop_all_workers()  # cancel runs, sweeps and reports; no worker process outlives us
        event.accept()

    def _update_title(self, *_: object) -> None:
        doc = self.document
        name = display_name(doc.path, doc.scenario.name, qtapp.current_language())
        suffix = self.tr(" (read-only)") if doc.read_only else ""
        self.setWindowTitle(f"{name}[*]{suffix} — KefuLab")
        self.setWindowModified(doc.dirty)

    def _update_undo_actions(self, *_: object) -> None:
        stack = self.document.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo") + (f" {undo}" if undo else ""))
        self.redo_action.setText(self.tr("&Redo") + (f" {redo}" if redo else ""))
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open…"))
        self.shipped_menu.setTitle(self.tr("Open &shipped scenario"))
        lang = qtapp.current_language()
        for action in self.shipped_menu.actions():
            zh, en = SHIPPED_NAMES[action.data()]
            action.setText(zh if lang == "zh" else en)
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._update_undo_actions()
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About KefuLab"))
        self.language_actions[lang].setChecked(True)
        for row, entry in enumerate(self.entries):
            self.sidebar.item(row).setText(QCoreApplication.translate("Pages", entry.title))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_window(scenario: str | Path | None = None, settings: Settings | None = None) -> MainWindow:
    """Build the document (the daily scenario unless ``scenario`` names another) and window."""
    settings = settings or Settings()
    path = scenario_file(scenario)
    document = ScenarioDocument.from_file(path)
    window = MainWindow(document, settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return window
