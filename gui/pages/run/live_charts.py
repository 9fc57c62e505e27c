"""Live charts of a watched run: arrivals per hour against the profile, queue over time.

Built on a ``matplotlib.figure.Figure`` (never pyplot) in a ``FigureCanvasQTAgg``. Artists are
created once per run and updated in place; the page calls :meth:`LiveCharts.refresh` from a
timer. A full redraw (``draw_idle()``) happens only when an axis limit must grow; otherwise the
moving artists are blitted over the saved background, as matplotlib's own animations do, and
only the two axes are repainted: a frame costs about a millisecond instead of a full draw's
50-100 ms. The bars are one path (a rectangle per hour), so a frame draws two artists, not one
per hour.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path
from matplotlib.transforms import Bbox
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from simulator.charts.fonts import chart_style
from simulator.scenario.schema import Scenario


def expected_arrivals(scenario: Scenario, hours: int) -> np.ndarray:
    """First-contact sessions the scenario expects in each simulated hour (profile x day)."""
    rates = scenario.arrivals.hourly_rates()
    days = scenario.horizon.days
    return np.array(
        [
            rates[h % 24] * scenario.arrivals.day_multiplier(h // 24) if h < days * 24 else 0.0
            for h in range(hours)
        ]
    )


def queue_ceiling(scenario: Scenario, expected: np.ndarray) -> float:
    """A first upper limit for the queue panel: the peak hour's arrivals waiting as long as a
    patient customer does (Little's law with the wait capped by patience), at least 10.

    Growing the axis during a run forces a full redraw of the figure, and while the simulation
    runs in the worker thread that redraw holds the event loop for a large fraction of a second
    (each text is laid out several times slower), so the panel starts tall enough for a
    congested day instead of growing into it."""
    patience = scenario.customers.patience
    wait_s = min(patience.center, 600.0) if patience is not None else 600.0
    peak = float(expected.max()) if expected.size else 0.0
    return max(10.0, float(np.ceil(peak * wait_s / 3600.0)))


class HourBars:
    """Bars of height ``counts[h]`` centred on ``h + 0.5``, drawn as one compound path.

    One ``PathPatch`` instead of a ``Rectangle`` per hour: a blit draws one artist, and a new
    height is a write into the path's vertices.
    """

    def __init__(self, ax, hours: int, width: float, color: str) -> None:
        left = np.arange(hours) + 0.5 - width / 2.0
        verts = np.zeros((hours, 5, 2))
        verts[:, (0, 1, 4), 0] = left[:, None]
        verts[:, (2, 3), 0] = (left + width)[:, None]
        codes = np.tile(
            [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY], hours
        ).astype(Path.code_type)
        self._verts = verts
        self.path = Path(verts.reshape(-1, 2), codes)
        self.patch = PathPatch(self.path, facecolor=color, edgecolor="none", animated=True)
        ax.add_patch(self.patch)

    def set_heights(self, counts) -> None:
        """Bar ``h`` at ``counts[h]``; hours past the end of ``counts`` at zero."""
        heights = np.zeros(len(self._verts))
        n = min(len(counts), len(heights))
        heights[:n] = counts[:n]
        self._verts[:, (1, 2), 1] = heights[:, None]
        self.path.vertices = self._verts.reshape(-1, 2)


class LiveCharts(QWidget):
    """Two panels: arrivals per simulated hour (bars) vs expected (line); total queue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(6.0, 3.6), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(220)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.canvas)
        self.texts = {
            "arrivals": "Arrivals per hour",
            "expected": "Profile",
            "queue": "Waiting for an agent",
            "hour": "Simulated hour",
        }
        self._bars = None
        self._queue_line = None
        self._times: list[float] = []
        self._queue: list[float] = []
        self._counts: tuple[int, ...] = ()
        self._queue_max = 0.0
        self._dirty = False
        self.lang = "en"
        self._scenario: Scenario | None = None
        self._hours = 24
        self._background = None
        self._needs_full_draw = True
        self.full_draws = 0
        self.blits = 0
        self.canvas.mpl_connect("draw_event", self._on_draw)

    def set_texts(self, texts: dict[str, str], lang: str) -> None:
        """Titles and axis names (already translated) and the language for fonts."""
        self.texts.update(texts)
        self.lang = lang
        if self._scenario is not None:
            self._build(self._scenario, self._hours)

    def show_scenario(self, scenario: Scenario, hours: int) -> None:
        """Axes and the expected profile for runs of ``scenario`` over ``hours`` simulated hours
        (a full redraw, done when the scenario changes rather than when a run starts)."""
        if self._bars is None or scenario != self._scenario or hours != self._hours:
            self._build(scenario, hours)

    def clear_data(self) -> None:
        """Empty the moving artists for a new run (blitted, no full redraw)."""
        self._times, self._queue, self._counts = [], [], ()
        self._queue_max = 0.0
        self._dirty = True
        if self._bars is not None:
            top, bottom = self._axes
            limit = self._limits
            if top.get_ylim() != limit[0] or bottom.get_ylim() != limit[1]:
                top.set_ylim(*limit[0])
                bottom.set_ylim(*limit[1])
                self._needs_full_draw = True
            self._apply()

    def _build(self, scenario: Scenario, hours: int) -> None:
        self._scenario, self._hours = scenario, hours
        self.figure.clear()
        with chart_style(self.lang):
            top, bottom = self.figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
            self._bars = HourBars(top, hours, 0.85, "#9ecae1")
            top.set_xlim(0, hours)
            expected = expected_arrivals(scenario, hours)
            top.step(
                np.arange(hours + 1),
                np.append(expected, expected[-1]),
                where="post",
                color="#08519c",
                linewidth=1.4,
                label=self.texts["expected"],
            )
            top.set_ylim(0, max(float(expected.max()) * 1.25, 1.0))
            top.set_title(self.texts["arrivals"], loc="left", fontsize=9)
            handles, _ = top.get_legend_handles_labels()
            bars = Patch(facecolor="#9ecae1", label=self.texts["arrivals"])
            top.legend(handles=[bars, *handles], loc="upper left", fontsize=7.5, frameon=False)
            (self._queue_line,) = bottom.plot([], [], color="#de2d26", linewidth=1.2, animated=True)
            bottom.set_ylim(0, queue_ceiling(scenario, expected))
            bottom.set_xlim(0, hours)
            bottom.set_title(self.texts["queue"], loc="left", fontsize=9)
            bottom.set_xlabel(self.texts["hour"], fontsize=8)
            ticks = 6 if hours <= 36 else 12 if hours <= 96 else 24
            bottom.set_xticks(range(0, hours + 1, ticks))
            for ax in (top, bottom):
                ax.tick_params(labelsize=7.5)
        self._axes = (top, bottom)
        self._limits = (top.get_ylim(), bottom.get_ylim())
        self._background = None
        self._needs_full_draw = True
        self._apply()
        self.canvas.draw_idle()

    def add_point(self, clock_s: float, queue: int, arrivals_by_hour: tuple[int, ...]) -> None:
        """Record one snapshot (cheap: no drawing)."""
        self._times.append(clock_s / 3600.0)
        self._queue.append(float(queue))
        self._queue_max = max(self._queue_max, float(queue))
        self._counts = arrivals_by_hour
        self._dirty = True

    def refresh(self) -> None:
        """Show the latest data, if anything changed since the last call: blit the moving
        artists, or ask for a full redraw when an axis had to grow."""
        if not self._dirty or self._bars is None:
            return
        self._apply()
        if self._needs_full_draw or self._background is None:
            self.canvas.draw_idle()
            return
        self.canvas.restore_region(self._background)
        self._draw_moving()
        top, bottom = self._axes
        # as FigureCanvasQT.blit, but update() instead of repaint(): the canvas is painted with
        # the page's other changed panels in one pass of the event loop, not in a pass of its own
        left, low, width, height = (
            int(v / self.canvas.device_pixel_ratio)
            for v in Bbox.union([top.bbox, bottom.bbox]).bounds
        )
        self.canvas.update(left, self.canvas.rect().height() - (low + height), width, height)
        self.blits += 1

    def _on_draw(self, _event) -> None:
        """After a full draw: keep the background, then paint the moving artists on it."""
        if self._bars is None:
            return
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._needs_full_draw = False
        self.full_draws += 1
        self._draw_moving()

    def _draw_moving(self) -> None:
        top, bottom = self._axes
        top.draw_artist(self._bars.patch)
        bottom.draw_artist(self._queue_line)

    def _apply(self) -> None:
        self._dirty = False
        if self._bars is None:
            return
        top, bottom = self._axes
        counts = self._counts
        self._bars.set_heights(counts)
        if counts and max(counts) > top.get_ylim()[1]:
            top.set_ylim(0, max(counts) * 1.25)
            self._needs_full_draw = True
        self._queue_line.set_data(self._times, self._queue)
        if self._queue_max > bottom.get_ylim()[1]:
            bottom.set_ylim(0, self._queue_max * 2.0)
            self._needs_full_draw = True
