"""The run's charts from :mod:`simulator.charts` (day profile, FRT distribution, funnel), each
drawn into a constrained-layout ``Figure`` wrapped in a ``FigureCanvasQTAgg``."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QTabWidget, QWidget

from simulator.charts import day_profile_figure, frt_distribution_figure, funnel_figure
from simulator.model.records import RunResult
from simulator.scenario.schema import Scenario

#: chart keys in tab order (also the PNG file suffixes)
CHARTS: tuple[str, ...] = ("day_profile", "frt_distribution", "funnel")


def draw_chart(key: str, fig: Figure, runs: list[RunResult], scenario: Scenario, lang: str) -> None:
    """Draw chart ``key`` of ``runs`` into ``fig`` (cleared first)."""
    fig.clear()
    draw: dict[str, Callable[[], object]] = {
        "day_profile": lambda: day_profile_figure(runs, lang=lang, fig=fig),
        "frt_distribution": lambda: frt_distribution_figure(
            runs, threshold_s=scenario.kpi.frt_threshold_s, lang=lang, fig=fig
        ),
        "funnel": lambda: funnel_figure(runs, lang=lang, fig=fig),
    }
    draw[key]()


class ChartTabs(QTabWidget):
    """One tab per chart. Building a chart is ~0.1-0.3 s of UI-thread work, so a chart is drawn
    only when its tab is shown (or exported), and again only when its data or language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: dict[str, Figure] = {}
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        self._runs: list[RunResult] = []
        self._scenario: Scenario | None = None
        self._lang = "en"
        self._stale: set[str] = set()
        for key in CHARTS:
            fig = Figure(figsize=(8.0, 4.5), layout="constrained")
            canvas = FigureCanvasQTAgg(fig)
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.setMinimumSize(360, 260)
            self.figures[key], self.canvases[key] = fig, canvas
            self.addTab(canvas, key)
        self.currentChanged.connect(self._draw_visible)

    def set_titles(self, titles: dict[str, str]) -> None:
        for i, key in enumerate(CHARTS):
            self.setTabText(i, titles.get(key, key))

    def current_key(self) -> str | None:
        """The chart in the current tab (``None`` for a tab that is not a chart)."""
        index = self.currentIndex()
        return CHARTS[index] if 0 <= index < len(CHARTS) else None

    def show_runs(self, runs: list[RunResult], scenario: Scenario | None, lang: str) -> None:
        """Charts of ``runs`` (an empty list clears them), drawn when their tab is shown."""
        same = (
            len(runs) == len(self._runs)
            and all(a is b for a, b in zip(runs, self._runs, strict=True))
            and scenario == self._scenario
            and lang == self._lang
        )
        if same:
            return
        self._runs, self._scenario, self._lang = list(runs), scenario, lang
        self._stale = set(CHARTS)
        self._draw_visible()

    def ensure_drawn(self, key: str) -> Figure:
        """Draw chart ``key`` now if its data changed since it was last drawn."""
        if key in self._stale:
            self._stale.discard(key)
            fig = self.figures[key]
            if self._runs and self._scenario is not None:
                draw_chart(key, fig, self._runs, self._scenario, self._lang)
            else:
                fig.clear()
            self.canvases[key].draw_idle()
        return self.figures[key]

    def _draw_visible(self, *_: object) -> None:
        key = self.current_key()
        if key is not None and self.isVisible():
            self.ensure_drawn(key)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._draw_visible()
