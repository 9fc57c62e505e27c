"""Page 1, Scenario: the scenario as a form and as YAML, with live validation and presets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from gui.document import ScenarioDocument
from gui.pages.scenario.fields import Binding, TextBinding, place_diagnostics
from gui.pages.scenario.form import FormTab
from gui.pages.scenario.presets import PRESETS, Preset
from gui.pages.scenario.tab_agents import agents_tab
from gui.pages.scenario.tab_bot import bot_tab
from gui.pages.scenario.tab_customers import customers_tab
from gui.pages.scenario.tab_proactive import proactive_tab
from gui.pages.scenario.tab_traffic import traffic_tab
from gui.pages.scenario.yaml_tab import YamlTab
from gui.settings import Settings
from gui.shipped import display_name

TABS = ("traffic", "bot", "agents", "customers", "proactive", "yaml")


class ScenarioPage(QWidget):
    """Edits the shared :class:`ScenarioDocument`; every change is one undoable command."""

    def __init__(
        self, document: ScenarioDocument, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.attempted: list[str] = []
        self._editing = False
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.read_only_note = QLabel(self)
        self.read_only_note.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e6d28a; padding: 3px 6px;"
        )
        self.read_only_note.setWordWrap(True)
        self.name_label, self.description_label = QLabel(self), QLabel(self)
        self.name = TextBinding("name")
        self.description = TextBinding("description")
        head = QFormLayout()
        head.addRow(self.name_label, self.name.widget)
        head.addRow(self.description_label, self.description.widget)
        self.preset_label = QLabel(self)
        self.preset_buttons: dict[str, QPushButton] = {}
        presets = QHBoxLayout()
        presets.addWidget(self.preset_label)
        for preset in PRESETS:
            button = QPushButton(self)
            button.clicked.connect(lambda _=False, p=preset: self.apply_preset(p))
            self.preset_buttons[preset.key] = button
            presets.addWidget(button)
        presets.addStretch(1)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.form_tabs: list[FormTab] = [
            traffic_tab(),
            bot_tab(),
            agents_tab(),
            customers_tab(),
            proactive_tab(),
        ]
        self.yaml_tab = YamlTab(document, self)
        self.tabs = QTabWidget(self)
        for tab in self.form_tabs:
            self.tabs.addTab(tab, "")
        self.tabs.addTab(self.yaml_tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self._previous_tab = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        layout.addWidget(self.read_only_note)
        layout.addLayout(head)
        layout.addLayout(presets)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        self.bindings: list[Binding] = [self.name, self.description]
        for tab in self.form_tabs:
            self.bindings += tab.bindings
        for binding in self.bindings:
            binding.committed.connect(lambda values, b=binding: self._commit(b, values))
            binding.unreadable.connect(self._list_problems)
        document.scenarioChanged.connect(self.refresh)
        document.pathChanged.connect(self._update_title)
        document.dirtyChanged.connect(self._update_title)
        document.diagnosticsChanged.connect(self.show_diagnostics)
        self.retranslate()
        self.refresh()

    # the document -> the widgets ------------------------------------------------------------
    def refresh(self, *_: Any) -> None:
        """Show the document's scenario in every field."""
        for binding in self.bindings:
            binding.show(self.document.scenario)
            if binding.error:  # it shows a valid value again
                binding.show_problems([])
        self._list_problems()
        self._update_title()

    def binding(self, path: str) -> Binding:
        """The binding that edits ``path`` (tests and other pages find fields this way)."""
        return next(b for b in self.bindings if b.path == path)

    def _update_title(self, *_: Any) -> None:
        doc = self.document
        name = display_name(doc.path, doc.scenario.name, current_language())
        self.title.setText(name + (" *" if doc.dirty else ""))
        self.read_only_note.setVisible(doc.read_only)

    # the widgets -> the document ------------------------------------------------------------
    def _commit(self, binding: Binding, values: dict[str, Any]) -> None:
        self.attempted = [binding.path]
        label = self._label_of(binding)
        self._set_values(values, self.tr("Change %1").replace("%1", label))

    def _set_values(self, values: dict[str, Any], text: str) -> bool:
        self._editing = True
        try:
            return self.document.set_values(values, text)
        finally:
            self._editing = False

    def _label_of(self, binding: Binding) -> str:
        """The field's label as shown (without a parenthetical note), else its path."""
        if binding is self.name:
            return self.name_label.text()
        if binding is self.description:
            return self.description_label.text()
        if not binding.label_source:
            return binding.path
        text = QCoreApplication.translate("ScenarioForm", binding.label_source)
        if "(drag" in binding.label_source:  # a chart's group title: drop the how-to note
            text = text.split(" (")[0].split("(")[0]
        return text

    def apply_preset(self, preset: Preset) -> bool:
        """Scale the volume and reshape the profile as one undoable command."""
        self.attempted = ["arrivals.hourly_profile"]
        label = QCoreApplication.translate("Presets", preset.label)
        return self._set_values(
            preset.values(self.document.scenario), self.tr("Preset: %1").replace("%1", label)
        )

    def show_diagnostics(self, diagnostics: list[Any]) -> None:
        """Mark the fields at fault (red border, message and hint) and list the problems.

        Only this page's own edits mark fields (a bad YAML text is shown on the YAML tab);
        a field keeps its mark, and the value typed into it, until the scenario changes.
        """
        if not diagnostics:
            for binding in self.bindings:
                if binding.error:
                    binding.show_problems([])
        elif self._editing:
            paths = [b.path for b in self.bindings]
            placed = place_diagnostics(paths, diagnostics, self.attempted)
            for binding in self.bindings:
                if binding.path in placed or binding.path in self.attempted:
                    binding.show_problems(placed.get(binding.path, []))
        self._list_problems()

    def _list_problems(self) -> None:
        lines = [
            f"{self._label_of(b).rstrip(':')}: {b.error}".replace("\n", "; ")
            for b in self.bindings
            if b.error
        ]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines) and self.tabs.currentWidget() is not self.yaml_tab)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(self._previous_tab) is self.yaml_tab:
            self.yaml_tab.apply()
        self._previous_tab = index
        self.problems.setVisible(
            bool(self.problems.text()) and self.tabs.widget(index) is not self.yaml_tab
        )

    # snapshots --------------------------------------------------------------------------------
    def snapshot_states(self) -> tuple[str, ...]:
        return TABS

    def show_snapshot_state(self, state: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(state))

    # language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = [
            self.tr("Traffic"),
            self.tr("Bot and handoff"),
            self.tr("Agents"),
            self.tr("Customers and money"),
            self.tr("Proactive service and knowledge base"),
            self.tr("YAML"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.name_label.setText(self.tr("Name"))
        self.description_label.setText(self.tr("Description"))
        self.preset_label.setText(self.tr("Promo presets:"))
        for preset in PRESETS:
            self.preset_buttons[preset.key].setText(
                QCoreApplication.translate("Presets", preset.label)
            )
        self.read_only_note.setText(
            self.tr(
                "A shipped scenario: you can try changes here, but it is read-only on disk. "
                "Use File ▸ Save As to keep your version."
            )
        )
        for tab in self.form_tabs:
            tab.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
