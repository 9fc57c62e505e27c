"""Live charts of a watched run: arrivals per hour against the profile, queue over time.

The still parts (axes, ticks, titles, legend, the expected profile) are a
``matplotlib.figure.Figure`` (never pyplot) drawn by matplotlib in a ``FigureCanvasQTAgg`` only
when the scenario, the size, the language or an axis limit changes; each full draw is kept as
an opaque ``QImage``. The moving parts, the arrival bars and the queue line, are painted by Qt
over that image in the canvas's ``paintEvent``, through the axes' data-to-pixel transforms
saved at the full draw. So a frame of a run repaints two axes with a copy of the kept image,
one ``drawRects`` and one ``drawPolyline``: no Agg rendering and no pixel-format conversion,
which made up most of a frame's cost when the moving artists were blitted by matplotlib.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
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


BAR_COLOUR = "#9ecae1"
QUEUE_COLOUR = "#de2d26"
BAR_WIDTH = 0.85  # of an hour
QUEUE_WIDTH_PT = 1.2


class Scale:
    """An axis pair's data-to-widget mapping, ``x -> ax * x + bx`` and ``y -> ay * y + by`` in
    the widget's logical pixels, taken from matplotlib's ``transData`` after a full draw (both
    axes are linear)."""

    def __init__(self, axes, height_px: float, ratio: float) -> None:
        m = axes.transData.get_affine().get_matrix()
        # matplotlib counts physical pixels from the bottom, Qt logical pixels from the top
        self.ax, self.bx = m[0, 0] / ratio, m[0, 2] / ratio
        self.ay, self.by = -m[1, 1] / ratio, (height_px - m[1, 2]) / ratio
        x0, y0, w, h = axes.bbox.bounds
        self.clip = QRectF(x0 / ratio, (height_px - y0 - h) / ratio, w / ratio, h / ratio)

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.ax * x + self.bx, self.ay * y + self.by)


def bar_rects(counts, scale: Scale, width: float = BAR_WIDTH) -> list[QRectF]:
    """One rectangle per hour with arrivals: bar ``h`` of height ``counts[h]``, centred on
    ``h + 0.5``, in the widget's pixels."""
    counts = np.asarray(counts, dtype=float)
    hours = np.flatnonzero(counts > 0)
    left = scale.ax * (hours + 0.5 - width / 2.0) + scale.bx
    top = scale.ay * counts[hours] + scale.by
    bottom = scale.by  # y = 0
    w = scale.ax * width
    return [QRectF(x, y, w, bottom - y) for x, y in zip(left.tolist(), top.tolist(), strict=True)]


class LiveCanvas(FigureCanvasQTAgg):
    """A figure canvas that keeps its last full draw as an image and lets ``overlay`` paint
    the moving parts over it."""

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)
        self.still: QImage | None = None
        self.overlay: Callable[[QPainter], None] | None = None

    def keep_still(self) -> None:
        """Keep the figure as just drawn (called from the draw event)."""
        rgba = np.asarray(self.buffer_rgba())
        height, width = rgba.shape[:2]
        image = QImage(rgba.tobytes(), width, height, QImage.Format.Format_RGBA8888)
        # opaque, in the backing store's own format: painted as a copy, without blending
        self.still = image.convertToFormat(QImage.Format.Format_RGB32)
        self.still.setDevicePixelRatio(self.device_pixel_ratio)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self._draw_idle()  # a full draw, if one was asked for (it renews ``still``)
        if self.still is None:
            super().paintEvent(event)
            return
        p = QPainter(self)
        rect = event.rect()
        ratio = self.device_pixel_ratio
        source = QRect(
            int(rect.x() * ratio),
            int(rect.y() * ratio),
            int(rect.width() * ratio),
            int(rect.height() * ratio),
        )
        p.drawImage(QRectF(rect), self.still, QRectF(source))
        if self.overlay is not None:
            self.overlay(p)
        p.end()


class LiveCharts(QWidget):
    """Two panels: arrivals per simulated hour (bars) vs expected (line); total queue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(6.0, 3.6), layout="constrained")
        self.canvas = LiveCanvas(self.figure)
        self.canvas.overlay = self._paint_moving
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
        self._axes = None
        self._times: list[float] = []
        self._queue: list[float] = []
        self._counts: tuple[int, ...] = ()
        self._queue_max = 0.0
        self._dirty = False
        self.lang = "en"
        self._scenario: Scenario | None = None
        self._hours = 24
        self._scales: tuple[Scale, Scale] | None = None  # of the last full draw
        self._line = QPolygonF()  # the queue so far, in the widget's pixels
        self._bars: list[QRectF] = []
        self._bar_brush = QColor(BAR_COLOUR)
        self._queue_pen = QPen(QColor(QUEUE_COLOUR))
        self.full_draws = 0
        self.blits = 0  # frames that repainted only the moving parts
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
        if self._axes is None or scenario != self._scenario or hours != self._hours:
            self._build(scenario, hours)

    def clear_data(self) -> None:
        """Empty the moving parts for a new run (the axes grown by the last run shrink back)."""
        self._times, self._queue, self._counts = [], [], ()
        self._queue_max = 0.0
        self._dirty = True
        if self._axes is not None:
            top, bottom = self._axes
            limit = self._limits
            if top.get_ylim() != limit[0] or bottom.get_ylim() != limit[1]:
                top.set_ylim(*limit[0])
                bottom.set_ylim(*limit[1])
                self._redraw()
            self._line = QPolygonF()
            self._bars = []
            self.canvas.update()

    def _build(self, scenario: Scenario, hours: int) -> None:
        self._scenario, self._hours = scenario, hours
        self.figure.clear()
        with chart_style(self.lang):
            top, bottom = self.figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
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
            bars = Patch(facecolor=BAR_COLOUR, label=self.texts["arrivals"])
            top.legend(handles=[bars, *handles], loc="upper left", fontsize=7.5, frameon=False)
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
        self._apply()
        self._redraw()

    def _redraw(self) -> None:
        """Ask for a full draw: the moving parts wait for its transforms."""
        self._scales = None
        self.canvas.draw_idle()
        self.canvas.update()

    def add_point(self, clock_s: float, queue: int, arrivals_by_hour: tuple[int, ...]) -> None:
        """Record one snapshot (cheap: no drawing)."""
        self._times.append(clock_s / 3600.0)
        self._queue.append(float(queue))
        self._queue_max = max(self._queue_max, float(queue))
        self._counts = arrivals_by_hour
        self._dirty = True

    def refresh(self) -> None:
        """Show the latest data, if anything changed since the last call: repaint the two
        axes over the kept figure, or ask for a full draw when an axis had to grow."""
        if not self._dirty or self._axes is None:
            return
        self._apply()
        if self._scales is None:
            return  # a full draw is on its way and paints the moving parts after it
        self._place()
        top, bottom = self._scales
        self.canvas.update(top.clip.united(bottom.clip).toAlignedRect().adjusted(-2, -2, 2, 2))
        self.blits += 1

    def _on_draw(self, _event) -> None:
        """After a full draw: keep the figure as drawn and the axes' transforms."""
        if self._axes is None:
            return
        self.canvas.keep_still()
        height = self.figure.bbox.height
        ratio = self.canvas.device_pixel_ratio
        self._scales = tuple(Scale(ax, height, ratio) for ax in self._axes)
        self._line = QPolygonF()
        self._place()
        self.full_draws += 1

    def _place(self) -> None:
        """Bars and the queue line in the widget's pixels (the line: only its new points)."""
        top, bottom = self._scales
        self._bars = bar_rects(self._counts, top)
        line, times, queue = self._line, self._times, self._queue
        for i in range(line.size(), len(times)):
            line.append(bottom.point(times[i], queue[i]))

    def _paint_moving(self, p: QPainter) -> None:
        """The canvas's overlay: the bars and the queue line, each clipped to its axes."""
        if self._scales is None:
            return
        top, bottom = self._scales
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._bars:
            p.setClipRect(top.clip)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self._bar_brush)
            p.drawRects(self._bars)
        if self._line.size() > 1:
            p.setClipRect(bottom.clip)
            self._queue_pen.setWidthF(
                QUEUE_WIDTH_PT * self.figure.dpi / 72.0 / self.canvas.device_pixel_ratio
            )
            p.setPen(self._queue_pen)
            p.drawPolyline(self._line)

    def _apply(self) -> None:
        """Grow an axis that the data outgrew (then a full draw is needed)."""
        self._dirty = False
        if self._axes is None:
            return
        top, bottom = self._axes
        counts = self._counts
        grew = False
        if counts and max(counts) > top.get_ylim()[1]:
            top.set_ylim(0, max(counts) * 1.25)
            grew = True
        if self._queue_max > bottom.get_ylim()[1]:
            bottom.set_ylim(0, self._queue_max * 2.0)
            grew = True
        if grew:
            self._redraw()
