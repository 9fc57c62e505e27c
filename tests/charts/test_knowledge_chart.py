"""The knowledge-base chart: three labelled panels in Chinese and English, drawing the per-day
numbers of the run; the report carries it for multi-day scenarios only."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from simulator.charts import knowledge_base_figure
from simulator.metrics.days import knowledge_base_days
from simulator.model.simulation import simulate
from simulator.report.days import multi_day_blocks
from simulator.scenario.loader import load_scenario, with_values
from tests.model.helpers import TRAFFIC

SC = load_scenario(
    TRAFFIC / "tmall_kb_snowball.yaml", ["horizon.days=3", "arrivals.sessions_per_day=2000"]
)


@pytest.fixture(scope="module")
def results():
    return [simulate(SC, 1, r) for r in range(2)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_knowledge_chart_draws_the_day_curve(results, lang):
    curve = knowledge_base_days(results, SC)
    fig = knowledge_base_figure(curve, lang, title="KB")
    assert isinstance(fig, Figure)
    top, mid, bottom = fig.axes
    for ax in (top, mid, bottom):
        assert ax.get_title(loc="left") and ax.get_lines()
    assert bottom.get_xlabel()
    presale = top.get_lines()[0]
    assert np.allclose(presale.get_xdata(), [1, 2, 3])
    assert np.allclose(presale.get_ydata(), curve.quality[:, 0] * 100)
    assert np.allclose(mid.get_lines()[0].get_ydata(), curve.bot_resolved_share * 100)
    FigureCanvasAgg(fig).draw()


def test_report_has_the_day_chart_for_multi_day_scenarios_only(results):
    one_day = with_values(SC, {"horizon.days": 1})
    comparison = SimpleNamespace(names=["four weeks", "one day"], scenarios=[SC, one_day])
    blocks = multi_day_blocks(comparison, {"four weeks": results, "one day": results}, "en")
    assert len(blocks) == 1 and "four weeks" in blocks[0].title
