"""The consultant's report: the CLI writes a multi-page A4 PDF and a self-contained HTML file
whose numbers are the comparison's; pages hold charts with labelled axes; layout helpers keep
text inside its box; bad input exits 2 with one line."""

from __future__ import annotations

import base64
import io
import re

import pytest
from fontTools.ttLib import TTFont

from simulator.cli.main import main
from simulator.common.data import traffic_dir
from simulator.experiments.compare import compare_scenarios
from simulator.experiments.staffing.planner import StaffingTargets, plan_staffing
from simulator.metrics.catalogue import KPIS
from simulator.report import Cell, Document, Paragraph, Section, Table, build_document
from simulator.report.html import embedded_font_css
from simulator.report.pdf import PAGE_H, PAGE_W, TEXT_H, column_widths, paginate, render_pages
from simulator.report.textfit import NO_LINE_START, TextMeasure
from simulator.scenario.loader import load_scenario

MMC = traffic_dir() / "mmc_reference.yaml"
# small and fast: 90 chats/h for one day on 3 agents; short replies so the staffing
# targets below are reachable
SMALL = [
    "horizon.warmup_hours=1",
    "arrivals.rate_per_hour=90",
    "agents.count=3",
    "agents.reply_time.mean_s=20",
]


@pytest.fixture(scope="module")
def variant(tmp_path_factory):
    """The M/M/c reference with two chats per agent and a one-off cost of ¥3,000."""
    text = MMC.read_text(encoding="utf-8")
    text = text.replace("name: M/M/c reference", "name: Two chats each")
    text = text.replace("concurrency: 1", "concurrency: 2")
    text = text.replace("kpi:\n", "economics:\n  one_off_cost: 3000\n\nkpi:\n")
    path = tmp_path_factory.mktemp("scenarios") / "two_chats.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def written(tmp_path_factory, variant):
    out = tmp_path_factory.mktemp("report")
    args = [str(MMC), str(variant), "--days", "1", "-n", "2", "--seed", "4"]
    for s in SMALL:
        args += ["--set", s]
    staff = ["--frt-sla", "0.7", "--frt-threshold", "60", "--staffing-replications", "1"]
    staff += ["--roi-mode", "as-is"]  # the KPI table is then compare_scenarios' (equal service:
    # tests/report/test_report_modes.py)
    pdf, html = out / "report.pdf", out / "report.html"
    status = main(["report", *args, *staff, "--pdf", str(pdf), "--html", str(html), "--lang", "en"])
    assert status == 0
    return pdf, html


def _page_count(pdf_bytes: bytes) -> int:
    try:
        from pypdf import PdfReader
    except ImportError:
        return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf_bytes))
    return len(PdfReader(io.BytesIO(pdf_bytes)).pages)


def test_cli_writes_an_a4_pdf_with_several_pages(written):
    data = written[0].read_bytes()
    assert data.startswith(b"%PDF")
    pages = _page_count(data)
    # summary + assumptions, KPIs, charts, differences, ROI, staffing, through the day
    assert pages >= 6
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert len(boxes) == pages
    assert all(
        (float(w), float(h)) == pytest.approx((PAGE_W * 72, PAGE_H * 72), abs=0.5) for w, h in boxes
    )


def test_cli_html_is_self_contained_with_the_comparisons_numbers(written, variant):
    html = written[1].read_text(encoding="utf-8")
    for section in (
        "Scenarios and their assumptions",
        "Results per scenario",
        "Differences from the baseline",
        "Return on investment",
        "Staffing plan for M/M/c reference",
        "Through the day",
    ):
        assert f"{section}</h2>" in html
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    # funnel, FRT, comparison, staffing, one day profile per scenario
    assert len(images) == 6
    assert all(base64.b64decode(img)[:8] == b"\x89PNG\r\n\x1a\n" for img in images)
    assert "http" not in html.replace("http-equiv", "")  # nothing fetched from elsewhere
    # the KPI table shows the comparison's means (same scenarios, same seed)
    scenarios = [load_scenario(p, SMALL, days=1) for p in (MMC, variant)]
    comparison = compare_scenarios(scenarios, replications=2, seed=4)
    row = re.search(
        rf"<td>{re.escape(KPIS['frt_mean_s'].label('en'))}</td>(.*?)</tr>", html, re.S
    ).group(1)
    for est in comparison.per_scenario("frt_mean_s"):
        assert KPIS["frt_mean_s"].format_estimate(est.mean, est.lo, est.hi, "en").value in row
    # ROI: the one-off cost and a payback row
    assert "¥3,000" in html and "Payback period" in html


def test_rendered_pages_hold_charts_whose_axes_are_labelled():
    scenarios = [load_scenario(MMC, [*SMALL, f"agents.count={n}"], days=1) for n in (3, 4)]
    comparison = compare_scenarios(
        scenarios, ["3 agents", "4 agents"], replications=2, keep_results=True
    )
    doc = build_document(comparison, lang="zh")
    axes = []
    for page in render_pages(doc):
        assert tuple(page.get_size_inches()) == pytest.approx((PAGE_W, PAGE_H))
        axes += [ax for ax in page.get_axes() if ax.get_visible()]
    charted = [ax for ax in axes if ax.lines or ax.patches or ax.images or ax.collections]
    assert len(charted) >= 10  # funnel, 2 FRT panels, 6 comparison panels, day profiles
    for ax in charted:
        assert ax.get_ylabel()


def test_staffing_section_lists_every_hour_with_totals():
    scenario = load_scenario(MMC, SMALL, days=1)
    comparison = compare_scenarios([scenario], replications=1, keep_results=False)
    plan = plan_staffing(
        scenario, StaffingTargets(0.7, 60.0, 0.05), replications=1, max_iterations=3
    )
    doc = build_document(comparison, plan, lang="en")
    titles = [s.title for s in doc.sections]
    assert not any("Return on investment" in t for t in titles)  # one scenario: no ROI
    staffing = next(s for s in doc.sections if "Staffing plan" in s.title)
    table = next(b for b in staffing.blocks if isinstance(b, Table))
    assert len(table.rows) == 24 + 2
    assert [r[0].text for r in table.rows[:24]] == [f"{h:02d}:00" for h in range(24)]
    totals = table.rows[24]
    assert totals[3].text == f"{plan.agent_hours['simulated']:,}"
    assert totals[4].text == f"{plan.agent_hours['current']:,}"
    # without a plan, the reason is printed instead
    skipped = build_document(comparison, None, lang="zh", staffing_note="目标无法达到")
    section = next(s for s in skipped.sections if "排班建议" in s.title)
    assert "目标无法达到" in section.blocks[0].text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_wrapped_lines_fit_and_never_start_with_closing_punctuation(lang):
    m = TextMeasure(lang)
    text = (
        "阅读说明：每个数字都是同一天多次独立仿真的平均值，标 * 的差异在统计上显著。"
        "Every figure is a mean over replications; a difference marked * is significant. "
    ) * 4
    lines = m.wrap(text, 9.0, 3.0)
    assert len(lines) > 4
    for line in lines:
        assert m.width_in(line, 9.0) <= 3.0 + m.width_in("，", 9.0)  # one mark may hang
        assert line[:1] not in NO_LINE_START
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").rstrip()


def test_column_widths_fill_the_text_width_and_keep_narrow_columns():
    widths = column_widths([0.5, 4.0, 4.0], 6.0)
    assert sum(widths) == pytest.approx(6.0)
    assert widths[0] == pytest.approx(0.5)
    assert widths[1] == pytest.approx(2.75)
    assert column_widths([1.0, 1.0], 6.0) == pytest.approx([3.0, 3.0])


def test_a_long_table_continues_on_the_next_pages_and_no_page_overflows():
    rows = [[Cell(f"row {i}"), Cell(f"{i:,}", "[0, 1]")] for i in range(120)]
    doc = Document(
        "T",
        "sub",
        [],
        "en",
        [Section("1. S", [Paragraph("intro"), Table(["name", "value"], rows, note="n")])],
    )
    pages = paginate(doc)
    assert len(pages) >= 3
    for pieces in pages:
        assert sum(p.height for p in pieces) <= TEXT_H + 1e-9


def test_html_embeds_the_chinese_characters_it_uses():
    css = embedded_font_css("<p>客服方案 report</p>")
    data = re.search(r"base64,([A-Za-z0-9+/=]+)", css).group(1)
    font = TTFont(io.BytesIO(base64.b64decode(data)))
    cmap = font.getBestCmap()
    assert all(ord(ch) in cmap for ch in "客服方案")
    assert ord("好") not in cmap  # only what the page uses
    assert embedded_font_css("<p>only latin</p>") == ""


def _fails(args, capsys, needle):
    assert main(["report", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert any(needle in line for line in err), err
    return err


def test_bad_input_exits_2_with_one_line(tmp_path, capsys):
    pdf = str(tmp_path / "r.pdf")
    err = _fails([str(tmp_path / "missing.yaml"), "--pdf", pdf], capsys, "missing.yaml")
    assert len(err) == 1 and "Traceback" not in err[0]
    _fails([str(MMC)], capsys, "--pdf OUT.pdf and/or --html OUT.html")
    _fails([str(MMC), "--pdf", str(tmp_path / "r.txt")], capsys, "must end in .pdf")
    _fails([str(MMC), "--pdf", str(tmp_path / "no" / "r.pdf")], capsys, "does not exist")
    _fails([str(MMC), "--html", str(tmp_path)], capsys, "must end in .html")
    _fails([str(MMC), "--pdf", pdf, "--set", "agents.count=-1"], capsys, "agents.count")
    with pytest.raises(SystemExit) as exc:
        main(["report", str(MMC), "--pdf", pdf, "--lang", "fr"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["report", str(MMC), "--pdf", pdf, "--frt-sla", "1.5"])
    assert exc.value.code == 2
    assert not (tmp_path / "r.pdf").exists()  # nothing written on bad input
