"""Choose what to compare: a pinned baseline and a list of alternatives.

The baseline is the document's scenario as it was when pinned, or a file. Alternatives are
copies of the document's scenario as edited now ("add current as alternative"), files, or
shipped scenarios by name (:func:`simulator.common.data.shipped_scenarios`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from gui.pages.compare.state import CURRENT, Candidate, candidate_from_file, unique_name
from gui.pages.compare.training import store_trainees, trained_candidate
from gui.shipped import SHIPPED_NAMES, display_name
from simulator.common.data import shipped_scenarios
from simulator.common.errors import KefuLabError


def shipped_label(stem: str, lang: str) -> str:
    """A shipped scenario's display name in ``lang`` (its file name when it has none)."""
    names = SHIPPED_NAMES.get(stem)
    return (names[0] if lang == "zh" else names[1]) if names else stem


class CandidatesPanel(QWidget):
    """The baseline and the alternatives of the next comparison.

    Signals:
        changed(): the baseline or the list of alternatives changed.
        failed(str): a file could not be read (the one-line error).
        loadRequested(Candidate): "load into editor" for the selected scenario.
    """

    changed = Signal()
    failed = Signal(str)
    loadRequested = Signal(object)  # noqa: N815 (Qt signal names)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.baseline: Candidate | None = None
        self.alternatives: list[Candidate] = []
        self.baseline_box = QGroupBox(self)
        self.baseline_label = QLabel(self)
        self.baseline_label.setWordWrap(True)
        self.pin_button = QPushButton(self)
        self.pin_file_button = QPushButton(self)
        grid = QGridLayout(self.baseline_box)
        grid.addWidget(self.baseline_label, 0, 0, 1, 2)
        grid.addWidget(self.pin_button, 1, 0)
        grid.addWidget(self.pin_file_button, 1, 1)
        self.alt_box = QGroupBox(self)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(90)
        self.add_current_button = QPushButton(self)
        self.add_file_button = QPushButton(self)
        self.shipped = QComboBox(self)
        for stem in shipped_scenarios():
            self.shipped.addItem(stem, stem)
        self.add_shipped_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.load_button = QPushButton(self)
        self.add_trained_button = QPushButton(self)
        alt = QGridLayout(self.alt_box)
        alt.addWidget(self.list, 0, 0, 1, 2)
        alt.addWidget(self.add_current_button, 1, 0, 1, 2)
        alt.addWidget(self.shipped, 2, 0)
        alt.addWidget(self.add_shipped_button, 2, 1)
        alt.addWidget(self.add_file_button, 3, 0)
        alt.addWidget(self.remove_button, 3, 1)
        alt.addWidget(self.add_trained_button, 4, 0, 1, 2)
        alt.addWidget(self.load_button, 5, 0, 1, 2)
        alt.setColumnStretch(0, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.baseline_box)
        column.addWidget(self.alt_box, 1)
        self.pin_button.clicked.connect(self.pin_current)
        self.pin_file_button.clicked.connect(lambda: self._pin_file_dialog())
        self.add_current_button.clicked.connect(self.add_current)
        self.add_file_button.clicked.connect(lambda: self._add_file_dialog())
        self.add_shipped_button.clicked.connect(
            lambda: self.add_file(self.shipped.currentData() or "")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_trained_button.clicked.connect(lambda: self._add_trained_dialog())
        self.load_button.clicked.connect(self._load_selected)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.pin_current()
        self.retranslate()

    # choosing ------------------------------------------------------------------------------
    def candidates(self) -> list[Candidate]:
        """Baseline first, then the alternatives."""
        return ([self.baseline] if self.baseline else []) + list(self.alternatives)

    def _names(self) -> list[str]:
        return [c.name for c in self.candidates()]

    def pin_current(self) -> Candidate:
        """Pin the document's scenario, as it is now, as the baseline."""
        taken = [c.name for c in self.alternatives]
        scenario = self.document.scenario
        path = self.document.path
        source = str(path) if path is not None and not self.document.dirty else ""
        self.baseline = Candidate(
            scenario, unique_name(self._current_name(), taken), source, CURRENT
        )
        self._refresh()
        return self.baseline

    def pin_file(self, name_or_path: str | Path) -> Candidate | None:
        """Pin a scenario file (or a shipped scenario's name) as the baseline."""
        found = self._read(name_or_path)
        if found is not None:
            taken = [c.name for c in self.alternatives]
            self.baseline = Candidate(
                found.scenario, unique_name(found.name, taken), found.source, found.kind
            )
            self._refresh()
        return self.baseline if found is not None else None

    def add_current(self) -> Candidate:
        """Add the document's scenario, as edited now, as an alternative."""
        scenario = self.document.scenario
        return self._add(Candidate(scenario, unique_name(self._current_name(), self._names())))

    def _current_name(self) -> str:
        """The document scenario's name (a shipped one's in the current language)."""
        return display_name(self.document.path, self.document.scenario.name, current_language())

    def add_file(self, name_or_path: str | Path) -> Candidate | None:
        """Add a scenario file (or a shipped scenario's name) as an alternative."""
        found = self._read(name_or_path)
        if found is None:
            return None
        return self._add(
            Candidate(
                found.scenario, unique_name(found.name, self._names()), found.source, found.kind
            )
        )

    def add_trained(
        self, trainee: str | None, share: float = 1.0, db: Path | None = None
    ) -> Candidate | None:
        """Add the document's scenario with ``share`` of its agents trained to the level of
        ``trainee``'s recent role-play scores (None: the whole team), from the progress store."""
        who = trainee if trainee else self.tr("team")
        name = unique_name(self.tr("After training ({who})").format(who=who), self._names())
        try:
            candidate = trained_candidate(self.document.scenario, name, trainee, share, db)
        except (KefuLabError, OSError) as exc:
            self.failed.emit(str(exc))
            return None
        return self._add(candidate)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.alternatives):
            del self.alternatives[row]
            self._refresh()

    def selected(self) -> Candidate | None:
        """The selected alternative (the baseline when none is selected)."""
        row = self.list.currentRow()
        return self.alternatives[row] if 0 <= row < len(self.alternatives) else self.baseline

    def _add(self, candidate: Candidate) -> Candidate:
        self.alternatives.append(candidate)
        self._refresh()
        self.list.setCurrentRow(len(self.alternatives) - 1)
        return candidate

    def _read(self, name_or_path: str | Path) -> Candidate | None:
        try:
            found = candidate_from_file(name_or_path)
        except (KefuLabError, OSError) as exc:
            self.failed.emit(str(exc))
            return None
        name = display_name(Path(found.source), found.name, current_language())
        return Candidate(found.scenario, name, found.source, found.kind)

    def _load_selected(self) -> None:
        candidate = self.selected()
        if candidate is not None:
            self.loadRequested.emit(candidate)

    # dialogs (tests call pin_file / add_file directly) -------------------------------------
    def _ask_path(self, caption: str) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self, caption, "", self.tr("Scenario files (*.yaml *.yml)")
        )
        return name

    def _pin_file_dialog(self) -> None:
        if name := self._ask_path(self.tr("Baseline scenario")):
            self.pin_file(name)

    def _add_trained_dialog(self) -> None:
        team = self.tr("Whole team")
        items = [team, *store_trainees()]
        who, ok = QInputDialog.getItem(
            self, self.tr("After training"), self.tr("Whose recent scores:"), items, 0, False
        )
        if not ok:
            return
        share, ok = QInputDialog.getDouble(
            self,
            self.tr("After training"),
            self.tr("Share of agents trained (0-1):"),
            1.0,
            0.05,
            1.0,
            2,
        )
        if ok:
            self.add_trained(None if who == team else who, share)

    def _add_file_dialog(self) -> None:
        if name := self._ask_path(self.tr("Alternative scenario")):
            self.add_file(name)

    # showing -------------------------------------------------------------------------------
    def _describe(self, candidate: Candidate) -> str:
        if candidate.source:
            return f"{candidate.name}  ({Path(candidate.source).name})"
        return self.tr("{name}  (copy of the editor's scenario)").format(name=candidate.name)

    def _refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for candidate in self.alternatives:
            self.list.addItem(self._describe(candidate))
        self.list.setCurrentRow(min(row, len(self.alternatives) - 1))
        if self.baseline is not None:
            self.baseline_label.setText(self._describe(self.baseline))
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self, *_: object) -> None:
        has_row = 0 <= self.list.currentRow() < len(self.alternatives)
        self.remove_button.setEnabled(has_row)

    def retranslate(self) -> None:
        self.baseline_box.setTitle(self.tr("Baseline"))
        self.pin_button.setText(self.tr("Pin the editor's scenario"))
        self.pin_file_button.setText(self.tr("Open file…"))
        self.alt_box.setTitle(self.tr("Alternatives"))
        self.add_current_button.setText(self.tr("Add the editor's scenario as alternative"))
        self.add_file_button.setText(self.tr("Add file…"))
        self.add_shipped_button.setText(self.tr("Add shipped"))
        self.remove_button.setText(self.tr("Remove"))
        self.add_trained_button.setText(self.tr("Add “after training” from the trainer's store…"))
        self.add_trained_button.setToolTip(
            self.tr(
                "The editor's scenario with agents at the level the trainees' recent role-play "
                "scores map to (docs/training-roi.md): compare it with today for the training ROI"
            )
        )
        self.load_button.setText(self.tr("Load selected into the editor"))
        self.load_button.setToolTip(
            self.tr("Replace the editor's scenario with the selected alternative (undoable)")
        )
        lang = current_language()
        for i in range(self.shipped.count()):
            self.shipped.setItemText(i, shipped_label(self.shipped.itemData(i), lang))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
