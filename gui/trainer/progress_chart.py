"""A trainee's rubric dimensions over time as a :class:`matplotlib.figure.Figure` (Qt-free).

Small multiples: one panel per rubric dimension (share of its maximum, 0-100 %) plus one for
the total with the pass mark, x = the trainee's finished sessions in order. One panel per
dimension keeps seven lines from tangling, and every panel has the same axes so they compare
at a glance. Exam sessions are drawn as filled squares, practice sessions as circles.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from simulator.charts.fonts import chart_style
from simulator.roleplay.names import dimension_name
from simulator.roleplay.nodes import DIMENSIONS
from simulator.roleplay.scoring import PASS_MARK
from simulator.roleplay.store import SessionRow

__all__ = ["progress_figure"]

_WORDS = {
    "zh": {"total": "总分", "x": "练习次序", "empty": "还没有完成的练习", "pass": "及格线"},
    "en": {"total": "total", "x": "session", "empty": "No finished session yet", "pass": "pass"},
}
_LINE = "#1f5fa8"
_EXAM = "#b5443a"


def progress_figure(
    history: Sequence[tuple[SessionRow, dict[str, tuple[float, float | None]]]],
    *,
    lang: str = "en",
    fig: Figure | None = None,
) -> Figure:
    """Draw ``history`` (``ProgressStore.dimension_history``: finished sessions oldest first,
    each with ``{dimension: (score, max)}``) into ``fig`` (a new one if None)."""
    words = _WORDS.get(lang, _WORDS["en"])
    fig = fig if fig is not None else Figure(figsize=(8.0, 3.6), layout="constrained")
    fig.clear()
    with chart_style(lang):
        if not history:
            ax = fig.add_subplot()
            ax.set_axis_off()
            ax.text(0.5, 0.5, words["empty"], ha="center", va="center", color="#5b6270")
            return fig
        axes = fig.subplots(2, 4, sharex=True, sharey=True)
        xs = list(range(1, len(history) + 1))
        exam = [s.mode == "exam" for s, _ in history]
        panels = [(dimension_name(d, lang), _shares(history, d)) for d in DIMENSIONS]
        panels.append((words["total"], [s.total for s, _ in history]))
        for ax, (title, ys) in zip(axes.flat, panels, strict=True):
            _panel(ax, title, xs, ys, exam)
        axes.flat[-1].axhline(PASS_MARK, color="#f0ad1e", linestyle="--", linewidth=0.9)
        axes.flat[-1].text(
            xs[0], PASS_MARK, words["pass"], va="bottom", fontsize=7, color="#a0700a"
        )
        axes.flat[0].set_ylim(-5, 105)
        for ax in axes[1]:
            ax.set_xlabel(words["x"])
        step = max(1, len(xs) // 6)
        axes.flat[0].set_xticks(xs[::step])
        axes.flat[0].set_xlim(0.5, len(xs) + 0.5)
    return fig


def _shares(history: Sequence[tuple[SessionRow, dict]], dimension: str) -> list[float | None]:
    out: list[float | None] = []
    for _, dims in history:
        cell = dims.get(dimension)
        if cell is None:
            out.append(None)
        else:
            score, mx = cell
            out.append(100.0 * score / mx if mx else None)
    return out


def _panel(ax, title: str, xs: list[int], ys: list, exam: list[bool]) -> None:  # noqa: ANN001
    ax.set_title(title)
    points = [(x, y, e) for x, y, e in zip(xs, ys, exam, strict=True) if y is not None]
    if not points:
        return
    ax.plot([p[0] for p in points], [p[1] for p in points], color=_LINE, linewidth=1.4)
    practice = [(x, y) for x, y, e in points if not e]
    exams = [(x, y) for x, y, e in points if e]
    if practice:
        ax.plot(*zip(*practice, strict=True), "o", color=_LINE, markersize=3.5)
    if exams:
        ax.plot(*zip(*exams, strict=True), "s", color=_EXAM, markersize=4.5)
