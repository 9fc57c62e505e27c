"""The Scenario page in words: distributions read as phrases, checker messages in the
window's language (the pydantic wording was English in the zh UI)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QFocusEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from gui.app import create_app, set_language  # noqa: E402
from gui.pages.scenario.dist_edit import DistEdit, dist_words  # noqa: E402
from gui.scenario_edit import describe  # noqa: E402
from simulator.common.diagnostics import Diagnostic  # noqa: E402

LOGNORMAL = {"dist": "lognormal", "mean_s": 30.0, "cv": 0.8}


@pytest.fixture
def zh():
    app = create_app()
    set_language(app, "zh")
    yield
    set_language(app, "en")


def test_distributions_read_as_words_in_english():
    set_language(create_app(), "en")
    assert dist_words(LOGNORMAL) == "lognormal, mean 30 s, CV 0.8"
    assert dist_words({"dist": "poisson1", "mean": 3}) == "1 + Poisson, mean 3"
    assert dist_words({"dist": "uniform", "low": 20, "high": 80}) == "uniform from 20 to 80"
    assert dist_words({"dist": "discrete", "values": [1, 2], "weights": [3, 1]}) == (
        "one of 1 (75%), 2 (25%)"
    )


def test_distributions_read_as_words_in_chinese(zh):
    words = dist_words(LOGNORMAL)
    assert words == "对数正态分布，均值 30 秒，变异系数 0.8"
    assert dist_words({"dist": "constant", "value": 3}) == "固定为 3"


def test_a_distribution_field_shows_words_and_edits_its_yaml(qtbot):
    set_language(create_app(), "en")
    edit = DistEdit()
    qtbot.addWidget(edit)
    edit.show_value(LOGNORMAL, "{dist: lognormal, mean_s: 30.0, cv: 0.8}")
    assert QLineEdit.text(edit) == "lognormal, mean 30 s, CV 0.8"  # what is on screen
    assert edit.text() == "{dist: lognormal, mean_s: 30.0, cv: 0.8}"  # what the binding reads
    applied = []
    edit.editingFinished.connect(lambda: applied.append(edit.text()))
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert QLineEdit.text(edit) == "{dist: lognormal, mean_s: 30.0, cv: 0.8}"
    edit.end(False)
    qtbot.keyClicks(edit, "x")  # typed: {…, cv: 0.8}x cannot be applied, and stays as typed
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert applied == ["{dist: lognormal, mean_s: 30.0, cv: 0.8}x"]
    assert QLineEdit.text(edit) == "{dist: lognormal, mean_s: 30.0, cv: 0.8}x"
    edit.show_value(LOGNORMAL, "{dist: lognormal, mean_s: 30.0, cv: 0.8}")  # the value again
    assert QLineEdit.text(edit) == "lognormal, mean 30 s, CV 0.8"


def test_checker_messages_are_shown_in_chinese(zh):
    diag = Diagnostic("error", "", "Input should be greater than or equal to 1, got 0", field="x")
    assert describe(diag) == "应不小于 1，当前为 0"
    unknown = Diagnostic("error", "", "unknown field", hint="allowed here: count, schedule")
    assert describe(unknown) == "未知字段（此处可用：count, schedule）"
    choice = Diagnostic("error", "", "Input should be 'exponential' or 'gamma', got 'foo'")
    assert describe(choice) == "应为以下之一：'exponential', 'gamma'，当前为 'foo'"
    other = Diagnostic("error", "", "a message of a form not known here")
    assert describe(other) == "a message of a form not known here"


def test_checker_messages_in_english_keep_their_sense():
    set_language(create_app(), "en")
    diag = Diagnostic("error", "", "Input should be greater than 0, got -1")
    assert describe(diag) == "must be above 0, got -1"


def test_the_intents_table_shows_rounds_in_words_and_keeps_their_yaml(qtbot, zh):
    from PySide6.QtCore import QLocale

    from gui.pages.scenario.tables import IntentsBinding
    from simulator.scenario.loader import load_scenario

    binding = IntentsBinding()
    qtbot.addWidget(binding.widget)
    binding.show(load_scenario("tmall_daily"))
    column = 1 + IntentsBinding.fields.index("rounds")
    yaml_text = binding.cell(0, column)
    assert yaml_text.startswith("{dist: poisson1")  # what the binding reads and submits
    delegate = binding.table.itemDelegateForColumn(column)
    shown = delegate.displayText(yaml_text, QLocale())
    assert shown == "1 + 泊松分布，均值 4", shown  # what is on screen
    assert delegate.displayText("{dist: oops", QLocale()) == "{dist: oops"  # shown as typed
