"""The trainee's window: choose a script → read the brief → chat → the scorecard, plus the
assignments and progress pages, under three tabs (practice, assignments, progress).

``TrainerWindow(store, settings, trainee=None)`` only assembles the pages and moves between
them; each page receives what it shows. The progress store is the one the terminal trainer
uses (every turn is committed as it is played). A trainee with open assignments sees them first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from gui import app as qtapp
from gui.settings import Settings
from gui.trainer.assignments_page import AssignmentsPage
from gui.trainer.attempt import Attempt
from gui.trainer.brief_page import BriefPage
from gui.trainer.chat_page import MS_PER_CHAR, ChatPage
from gui.trainer.choose_page import ChoosePage
from gui.trainer.progress_page import ProgressPage
from gui.trainer.reader_warmup import ReaderWarmup
from gui.trainer.scorecard_page import ScorecardPage
from gui.widgets.message_bar import MessageBar
from simulator.common.errors import KefuLabError
from simulator.roleplay.script import Script, scan_scripts
from simulator.roleplay.store import ProgressStore

__all__ = ["TrainerWindow", "open_trainer"]

TRAINEE_KEY = "trainer/trainee"
TRAINEES_KEY = "trainer/trainees"
TYPING_KEY = "trainer/typing_ms_per_char"  # 0 shows the customer's lines at once
PAGES = ("choose", "brief", "chat", "scorecard")
#: The window's tabs: the practice flow (the pages above), assignments, progress.
SECTIONS = ("practice", "assignments", "progress")


class TrainerWindow(QMainWindow):
    """The trainer's pages over one progress store.

    Args:
        store: where sessions are stored (``None`` plays without storing).
        settings: remembered trainee names, language and the typing delay.
        trainee: who trains (default: the trainee last chosen on this machine).
        scripts_folder: where the scripts are (default: the shipped ones).
    """

    def __init__(
        self,
        store: ProgressStore | None,
        settings: Settings,
        trainee: str | None = None,
        scripts_folder: str | Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KefuLabTrainerWindow")
        self.store = store
        self.settings = settings
        self.attempt: Attempt | None = None
        self.script: Script | None = None
        scan = scan_scripts(scripts_folder)
        self.message_bar = MessageBar(self)
        self.choose_page = ChoosePage(scan.scripts, scan.broken, store, self)
        self.brief_page = BriefPage(self)
        self.chat_page = ChatPage(self)
        self.scorecard_page = ScorecardPage(self)
        self.chat_page.ms_per_char = self._typing_speed()
        self.reader_warmup = ReaderWarmup(self)  # the first reply must not train on this thread
        self.chat_page.set_warmup(self.reader_warmup)
        self.reader_warmup.failed.connect(self.message_bar.show_error)
        self.reader_warmup.need("en" if qtapp.current_language() == "en" else "zh")
        self.stack = QStackedWidget(self)
        self.pages = dict(
            zip(
                PAGES,
                (self.choose_page, self.brief_page, self.chat_page, self.scorecard_page),
                strict=True,
            )
        )
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.assignments_page = AssignmentsPage(store, scan.scripts, parent=self)
        self.progress_page = ProgressPage(store, scan.scripts, parent=self)
        self.sections = QStackedWidget(self)
        for widget in (self.stack, self.assignments_page, self.progress_page):
            self.sections.addWidget(widget)
        self.tabs = QTabBar(self)
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for _ in SECTIONS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self.sections.setCurrentIndex)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message_bar)
        column.addWidget(self.tabs)
        column.addWidget(self.sections, 1)
        self.setCentralWidget(body)

        self.choose_page.scriptChosen.connect(self.show_brief)
        self.choose_page.traineeChanged.connect(self._remember_trainee)
        self.brief_page.backRequested.connect(lambda: self.show_page("choose"))
        self.brief_page.startRequested.connect(self.start)
        self.chat_page.scorecardRequested.connect(self.show_scorecard)
        self.scorecard_page.retryRequested.connect(self.retry_from)
        self.scorecard_page.againRequested.connect(self.play_again)
        self.scorecard_page.chooseRequested.connect(self.back_to_scripts)
        for page in (self.assignments_page, self.progress_page):
            page.scriptChosen.connect(self.show_brief)
        self._build_menus()
        self.choose_page.set_trainees(self._known_trainees(), trainee or self._last_trainee())
        if self._open_assignments():
            self.show_section("assignments")  # a trainee sees their assignments first
        self.resize(1280, 820)
        self.retranslate()

    # -- moving between pages ----------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Show a page of the practice flow (``PAGES``)."""
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.show_section("practice")
        return page

    def show_section(self, key: str) -> QWidget:
        """Show a tab: ``practice``, ``assignments`` or ``progress``."""
        self.tabs.setCurrentIndex(SECTIONS.index(key))
        return self.sections.currentWidget()

    def current_section(self) -> str:
        return SECTIONS[self.tabs.currentIndex()]

    def _open_assignments(self) -> bool:
        trainee = self.choose_page.current_trainee()
        if self.store is None or not trainee or not hasattr(self.store, "assignments"):
            return False
        return any(a.status != "passed" for a in self.store.assignments(trainee))

    def current_page(self) -> str:
        return next(k for k, p in self.pages.items() if p is self.stack.currentWidget())

    def show_brief(self, script: Script) -> None:
        self.script = script
        self.brief_page.show_script(script)
        self.show_page("brief")

    def start(self, mode: str = "practice") -> None:
        """Start a new attempt at the chosen script in ``mode``."""
        trainee = self.choose_page.current_trainee()
        if self.script is None or not trainee:
            return
        seed = self._seed(trainee, self.script.id)
        try:
            attempt = Attempt(
                self.store, trainee, self.script, seed, mode, self.brief_page.handoff()
            )
        except KefuLabError as exc:
            self.message_bar.show_error(str(exc))
            return
        self.message_bar.clear()
        self._play(attempt)

    def show_scorecard(self) -> None:
        if self.attempt is None:
            return
        self.scorecard_page.show_attempt(self.attempt)
        self.choose_page.refresh()
        self.assignments_page.refresh()
        self.progress_page.refresh()
        self.show_page("scorecard")

    def retry_from(self, turn: int) -> None:
        """Replay replies 1..turn-1 into a new attempt with the same seed, continue live."""
        if self.attempt is None:
            return
        old = self.attempt.replies[turn - 1].text
        self._play(self.attempt.retry_from(turn), retry_of=old)

    def play_again(self) -> None:
        if self.attempt is not None:
            self.start(self.attempt.mode)

    def back_to_scripts(self) -> None:
        self.choose_page.refresh()
        self.show_page("choose")

    def _play(self, attempt: Attempt, retry_of: str | None = None) -> None:
        self.attempt = attempt
        self.show_page("chat")
        self.chat_page.start(attempt, retry_of=retry_of)

    def _seed(self, trainee: str, script_id: str) -> int:
        """A new seed per attempt (the n-th attempt at a script), so lines vary but repeat."""
        if self.store is None:
            return 0
        return sum(1 for s in self.store.sessions(trainee) if s.script_id == script_id)

    # -- remembered settings -----------------------------------------------------------------
    def _typing_speed(self) -> float:
        try:
            return float(self.settings.store.value(TYPING_KEY, MS_PER_CHAR))
        except (TypeError, ValueError):
            return MS_PER_CHAR

    def _last_trainee(self) -> str:
        value = self.settings.store.value(TRAINEE_KEY, "")
        return value if isinstance(value, str) else ""

    def _known_trainees(self) -> list[str]:
        value = self.settings.store.value(TRAINEES_KEY, [])
        names = [value] if isinstance(value, str) else list(value or [])
        if self.store is not None:
            names += self.store.trainees()
        return sorted(dict.fromkeys(n for n in names if n))

    def _remember_trainee(self, name: str) -> None:
        if not name:
            return
        for page in (self.assignments_page, self.progress_page):
            page.set_trainee(name)
        self.settings.store.setValue(TRAINEE_KEY, name)
        known = [n for n in self._known_trainees() if n != name]
        self.settings.store.setValue(TRAINEES_KEY, [name, *known][:50])

    # -- menus and language ------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.trainer_menu = bar.addMenu("")
        self.choose_action = self.trainer_menu.addAction("", self.back_to_scripts)
        self.trainer_menu.addSeparator()
        self.quit_action = self.trainer_menu.addAction("", self.close)
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

    def set_language(self, lang: str) -> None:
        """Switch the interface language (every page re-labels itself) and remember it."""
        qtapp.set_language(QApplication.instance(), lang)
        self.settings.set_language(lang)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("KefuLab trainer"))
        self.trainer_menu.setTitle(self.tr("&Trainer"))
        self.choose_action.setText(self.tr("&Choose a script"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        for index, title in enumerate(
            (self.tr("Practice"), self.tr("Assignments"), self.tr("Progress"))
        ):
            self.tabs.setTabText(index, title)
        self.language_actions[qtapp.current_language()].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.settings.sync()
        super().closeEvent(event)


def open_trainer(
    settings: Settings | None = None, db: str | Path | None = None, trainee: str | None = None
) -> TrainerWindow:
    """The trainer window over the progress database ``db`` (default: the usual one)."""
    return TrainerWindow(ProgressStore.open(db), settings or Settings(), trainee)
