"""The scenario being edited, shared by every page, with undo/redo."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui import scenario_edit
from gui.shipped import is_shipped
from simulator.common.errors import InputError, ScenarioError
from simulator.scenario.schema import Scenario


class ReplaceScenario(QUndoCommand):
    """One undoable edit: the scenario before and after (both immutable, so cheap to keep)."""

    def __init__(self, document: ScenarioDocument, before: Scenario, after: Scenario, text: str):
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.document._replace(self.after)

    def undo(self) -> None:
        self.document._replace(self.before)


class ScenarioDocument(QObject):
    """A scenario, where it lives on disk, and its edit history.

    Every edit goes through :meth:`set_values` (or :meth:`load_yaml_text`), which validates the
    whole scenario first: an invalid edit changes nothing and reports its diagnostics.
    """

    scenarioChanged = Signal(object)  # noqa: N815 (Qt signal names)
    diagnosticsChanged = Signal(list)  # noqa: N815
    pathChanged = Signal(object)  # noqa: N815
    dirtyChanged = Signal(bool)  # noqa: N815

    def __init__(self, scenario: Scenario, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.scenario = scenario
        self.path: Path | None = Path(path) if path is not None else None
        self.read_only = self.path is not None and is_shipped(self.path)
        self.diagnostics: list[Any] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # ~QObject emits destroyed() before deleting children; the stack's destructor clears
        # it, which would signal views about a document that is going away.
        self.destroyed.connect(functools.partial(self.undo_stack.blockSignals, True))

    @classmethod
    def from_file(cls, path: str | Path, parent: QObject | None = None) -> ScenarioDocument:
        """A document for a scenario file (raises ScenarioError/InputError if it is bad)."""
        path = Path(path)
        return cls(scenario_edit.load_scenario(path), path, parent)

    def _clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    # editing -------------------------------------------------------------------------------
    def set_values(self, values: Mapping[str, Any], text: str) -> bool:
        """Apply dotted-path values as one undoable command; False (and diagnostics) if invalid."""
        try:
            after = scenario_edit.with_values(self.scenario, dict(values))
        except ScenarioError as exc:
            self._set_diagnostics(scenario_edit.diagnostics_of(exc))
            return False
        self._push(after, text)
        return True

    def load_yaml_text(self, text: str) -> bool:
        """Replace the scenario with YAML text as one undoable command; False if invalid."""
        try:
            after = scenario_edit.scenario_from_yaml(text, path="<editor>")
        except InputError as exc:
            self._set_diagnostics(scenario_edit.diagnostics_of(exc))
            return False
        if after == self.scenario:
            self._set_diagnostics([])
            return True
        self._push(after, self.tr("Edit YAML"))
        return True

    def to_yaml(self) -> str:
        return scenario_edit.scenario_to_yaml(self.scenario)

    def _push(self, after: Scenario, text: str) -> None:
        self._set_diagnostics([])
        if after != self.scenario:
            self.undo_stack.push(ReplaceScenario(self, self.scenario, after, text))

    def _replace(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.scenarioChanged.emit(scenario)

    def _set_diagnostics(self, diagnostics: list[Any]) -> None:
        if diagnostics or self.diagnostics:
            self.diagnostics = list(diagnostics)
            self.diagnosticsChanged.emit(self.diagnostics)

    # files ---------------------------------------------------------------------------------
    def open(self, path: str | Path) -> None:
        """Load a scenario file, replacing the document (history cleared)."""
        path = Path(path)
        scenario = scenario_edit.load_scenario(path)
        self.undo_stack.clear()
        self._set_diagnostics([])
        self.read_only = is_shipped(path)
        self._set_path(path)
        self._replace(scenario)
        self.dirtyChanged.emit(False)

    def save(self) -> None:
        """Write the scenario to its path; raises InputError when it has none or is shipped."""
        if self.path is None or self.read_only:
            raise InputError("this scenario is read-only: save it under a new name")
        self._write(self.path)

    def save_as(self, path: str | Path) -> None:
        """Write the scenario to ``path``, which becomes the document's (editable) file."""
        path = Path(path)
        if is_shipped(path):
            raise InputError(f"{path}: shipped scenarios are read-only; choose another name")
        self._write(path)
        self.read_only = False
        self._set_path(path)

    def _write(self, path: Path) -> None:
        try:
            path.write_text(self.to_yaml(), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror})") from None
        self.undo_stack.setClean()

    def _set_path(self, path: Path) -> None:
        self.path = path
        self.pathChanged.emit(path)
