"""The workbench's pages, in sidebar order: one registry, one line per page.

Each entry names a module and a QWidget class constructed as ``Page(document, settings,
parent)``; a page's module that is not in the tree yet is skipped, so pages can land one by one.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageEntry:
    """One page of the sidebar: its key (snapshot file names), title, and where its class is.

    ``title`` is a source string in translation context ``Pages``.
    """

    key: str
    title: str
    module: str
    cls: str

    def available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def load(self) -> type:
        return getattr(importlib.import_module(self.module), self.cls)


# fmt: off
PAGES: list[PageEntry] = [
    PageEntry("scenario", QT_TRANSLATE_NOOP("Pages", "Scenario"), "gui.pages.scenario_page", "ScenarioPage"),
    PageEntry("run", QT_TRANSLATE_NOOP("Pages", "Run and watch"), "gui.pages.run_page", "RunPage"),
    PageEntry("results", QT_TRANSLATE_NOOP("Pages", "Results"), "gui.pages.results_page", "ResultsPage"),
    PageEntry("compare", QT_TRANSLATE_NOOP("Pages", "Compare"), "gui.pages.compare_page", "ComparePage"),
    PageEntry("sweep", QT_TRANSLATE_NOOP("Pages", "Sweep"), "gui.pages.sweep_page", "SweepPage"),
    PageEntry("staffing", QT_TRANSLATE_NOOP("Pages", "Staffing"), "gui.pages.staffing_page", "StaffingPage"),
    PageEntry("report", QT_TRANSLATE_NOOP("Pages", "Report"), "gui.pages.report_page", "ReportPage"),
    PageEntry("calibrate", QT_TRANSLATE_NOOP("Pages", "Calibrate"), "gui.pages.calibrate_page", "CalibratePage"),
]
# fmt: on


def available_pages() -> list[PageEntry]:
    """The registered pages whose module exists in this tree."""
    return [entry for entry in PAGES if entry.available()]
