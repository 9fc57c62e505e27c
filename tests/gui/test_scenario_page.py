"""The Scenario page: edits go through the document, bad values are highlighted, undo works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.pages.scenario.presets import PRESETS


def page_of(window):
    return window.show_page("scenario")


def test_window_opens_with_the_daily_scenario(window):
    page = page_of(window)
    assert window.document.scenario.name == "Tmall shop, ordinary day"
    assert window.document.read_only
    assert page.read_only_note.isVisible()
    assert page.binding("agents.concurrency").widget.value() == 4


def test_editing_a_field_changes_the_scenario(window):
    page = page_of(window)
    page.binding("agents.concurrency").widget.setValue(5)
    assert window.document.scenario.agents.concurrency == 5
    assert window.document.dirty
    assert window.isWindowModified()


def test_a_bad_value_highlights_its_field_and_keeps_the_window_usable(window):
    page = page_of(window)
    box = page.binding("agents.concurrency")
    box.widget.setValue(12)  # the schema allows 1-10
    assert window.document.scenario.agents.concurrency == 4  # unchanged
    assert box.error and "10" in box.error
    assert "#f6c6c2" in box.widget.styleSheet()
    assert "10" in box.widget.toolTip()
    assert page.problems.isVisibleTo(page) and "Chats per agent" in page.problems.text()
    assert box.widget.value() == 12  # what the user typed stays
    other = page.binding("economics.margin")
    assert not other.error
    box.widget.setValue(6)  # still usable: a good value clears the mark
    assert window.document.scenario.agents.concurrency == 6
    assert not box.error and box.widget.styleSheet() == ""
    assert not page.problems.isVisibleTo(page)


def test_each_bad_field_keeps_its_mark_until_the_scenario_changes(window):
    page = page_of(window)
    concurrency = page.binding("agents.concurrency")
    schedule = page.binding("agents.schedule")
    concurrency.widget.setValue(0)
    schedule.widget.table.item(0, 3).setText("-2")
    assert concurrency.error and schedule.error
    assert "[3]" in schedule.error or "-2" in schedule.error
    assert schedule.widget.table.item(0, 3).background().color().name() == "#f6c6c2"
    assert schedule.widget.table.item(0, 4).background().style() == Qt.BrushStyle.NoBrush
    assert len(page.problems.text().splitlines()) == 2
    page.binding("economics.margin").widget.setValue(0.25)  # a valid edit elsewhere
    assert not concurrency.error and not schedule.error
    assert concurrency.widget.value() == 4 and schedule.widget.table.item(0, 3).text() == "1"
    assert not page.problems.isVisibleTo(page)


def test_bad_yaml_does_not_mark_form_fields(window):
    page = page_of(window)
    page.show_snapshot_state("yaml")
    tab = page.yaml_tab
    tab.editor.setPlainText(tab.editor.toPlainText().replace("concurrency: 4", "concurrency: 0"))
    assert not tab.apply()
    assert not page.binding("agents.concurrency").error


def test_undo_and_redo_restore_the_scenario(window):
    page = page_of(window)
    page.binding("economics.margin").widget.setValue(0.4)
    page.binding("handoff.on_request").widget.setChecked(False)
    assert window.document.scenario.handoff.on_request is False
    window.undo_action.trigger()
    assert window.document.scenario.handoff.on_request is True
    assert page.binding("handoff.on_request").widget.isChecked()
    window.undo_action.trigger()
    assert window.document.scenario.economics.margin == 0.3
    assert page.binding("economics.margin").widget.value() == 0.3
    assert not window.document.dirty
    window.redo_action.trigger()
    assert window.document.scenario.economics.margin == 0.4


def test_entry_point_mix_is_submitted_whole(window):
    page = page_of(window)
    table = page.binding("arrivals.entry_points").table
    table.item(0, 2).setText("0.70")  # hot_product pre-sale: the mix no longer sums to 1
    assert page.binding("arrivals.entry_points").error
    assert window.document.scenario.arrivals.entry_points["hot_product"].intents["presale"] == 0.8
    table.item(0, 3).setText("0.18")  # logistics takes the difference: valid again
    mix = window.document.scenario.arrivals.entry_points["hot_product"].intents
    assert mix["presale"] == 0.7 and mix["logistics"] == 0.18
    assert not page.binding("arrivals.entry_points").error


def test_dragging_a_profile_bar_sets_that_hour(window, qtbot):
    page = page_of(window)
    editor = page.binding("arrivals.hourly_profile").widget
    before = window.document.scenario.arrivals.hourly_rates()
    canvas = editor.canvas
    qtbot.waitUntil(lambda: canvas.width() > 100)
    canvas.draw()
    x, y = editor.axes.transData.transform((3, 300))
    ratio = canvas.device_pixel_ratio
    point = QPoint(int(x / ratio), int(canvas.height() - y / ratio))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=point)
    after = window.document.scenario.arrivals.hourly_rates()
    assert after[3] > before[3] * 5  # about 300 instead of ~28
    assert abs(after[3] - 300) < 30
    assert window.document.undo_stack.count() == 1


def test_schedule_table_edit_and_undo(window):
    page = page_of(window)
    editor = page.binding("agents.schedule").widget
    editor.table.item(0, 21).setText("20")
    assert window.document.scenario.agents.schedule[21] == 20
    window.document.undo_stack.undo()
    assert window.document.scenario.agents.schedule[21] == 16
    assert editor.table.item(0, 21).text() == "16"


def test_a_preset_is_one_undo_step(window):
    page = page_of(window)
    before = window.document.scenario
    double11 = next(p for p in PRESETS if p.key == "double11")
    page.preset_buttons["double11"].click()
    after = window.document.scenario
    assert after.arrivals.sessions_per_day == 5 * before.arrivals.sessions_per_day
    assert after.arrivals.hourly_profile == double11.profile
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.scenario == before


def test_yaml_tab_round_trip(window):
    page = page_of(window)
    page.show_snapshot_state("yaml")
    tab = page.yaml_tab
    text = tab.editor.toPlainText()
    assert "concurrency: 4" in text
    tab.editor.setPlainText(text.replace("concurrency: 4", "concurrency: 6"))
    assert tab.apply()
    assert window.document.scenario.agents.concurrency == 6
    assert page.binding("agents.concurrency").widget.value() == 6
    window.document.undo_stack.undo()
    assert "concurrency: 4" in tab.editor.toPlainText()


def test_yaml_errors_show_at_their_line_and_keep_the_text(window):
    page = page_of(window)
    page.show_snapshot_state("yaml")
    tab = page.yaml_tab
    lines = tab.editor.toPlainText().splitlines()
    number = next(i for i, line in enumerate(lines, 1) if "concurrency:" in line)
    bad = "\n".join(line.replace("concurrency: 4", "concurrency: 0") for line in lines)
    tab.editor.setPlainText(bad)
    assert not tab.apply()
    assert window.document.scenario.agents.concurrency == 4
    assert tab.errors.isVisibleTo(tab)
    assert f"line {number}" in tab.errors.text() or str(number) in tab.errors.text()
    assert tab.editor.toPlainText() == bad
    assert len(tab.editor.extraSelections()) == 1


def test_yaml_applies_after_a_pause(window, qtbot):
    page = page_of(window)
    page.show_snapshot_state("yaml")
    tab = page.yaml_tab
    text = tab.editor.toPlainText().replace("margin: 0.3", "margin: 0.35")
    tab.editor.setPlainText(text)
    with qtbot.waitSignal(window.document.scenarioChanged, timeout=5000):
        pass
    assert window.document.scenario.economics.margin == 0.35


def test_intent_table_edits_one_field_and_keeps_the_others(window):
    page = page_of(window)
    table = page.binding("intents").table
    before = window.document.scenario.intents.complaint
    table.item(3, 1).setText("0.85")  # complaint: human resolution
    after = window.document.scenario.intents.complaint
    assert after.human_resolution == 0.85
    assert after.sensitive_words == before.sensitive_words and after.anger == before.anger
    table.item(3, 1).setText("1.5")
    assert page.binding("intents").error
    assert window.document.scenario.intents.complaint.human_resolution == 0.85


def test_yaml_applies_when_leaving_the_tab(window):
    page = page_of(window)
    page.show_snapshot_state("yaml")
    tab = page.yaml_tab
    tab.editor.setPlainText(tab.editor.toPlainText().replace("concurrency: 4", "concurrency: 3"))
    page.show_snapshot_state("agents")
    assert window.document.scenario.agents.concurrency == 3
    assert page.binding("agents.concurrency").widget.value() == 3


def test_unreadable_text_is_listed_above_the_tabs_in_words_and_kept(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from gui.app import create_app, set_language
    from gui.document import ScenarioDocument
    from gui.pages.scenario.fields import TextBinding
    from gui.pages.scenario_page import ScenarioPage
    from gui.settings import Settings
    from simulator.scenario.loader import load_scenario

    set_language(create_app(), "en")
    document = ScenarioDocument(load_scenario("tmall_daily"), None)
    settings = Settings(QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat))
    page = ScenarioPage(document, settings)
    qtbot.addWidget(page)
    text_fields = [b for b in page.bindings if isinstance(b, TextBinding)]
    binding = next(b for b in text_fields if "rate" in b.path or "daily" in b.path)
    before = document.scenario
    binding.widget.setText("abc")
    binding.commit()
    assert document.scenario == before
    assert binding.widget.text() == "abc"
    assert "abc" in page.problems.text() and "could not convert" not in page.problems.text()


def _type(binding, text: str) -> None:
    binding.widget.setText(text)
    binding.commit()


def test_the_newer_fields_have_inputs_that_change_the_scenario(window):
    page = page_of(window)
    page.binding("handoff.cold_resolution_factor").widget.setValue(0.75)
    page.binding("agents.overload.threshold").widget.setValue(4)
    page.binding("satisfaction.response_grace_s").widget.setValue(45)
    page.binding("proactive.invitations.enabled").widget.setChecked(True)
    _type(page.binding("agents.messages_per_reply"), "{dist: poisson1, mean: 2.5}")
    scenario = window.document.scenario
    assert scenario.handoff.cold_resolution_factor == 0.75
    assert scenario.agents.overload.threshold == 4
    assert scenario.satisfaction.response_grace_s == 45
    assert scenario.proactive.invitations.enabled
    assert scenario.agents.messages_per_reply.mean == 2.5
    assert window.document.undo_stack.count() == 5


def test_an_empty_terse_backlog_switches_it_off(window):
    page = page_of(window)
    backlog = page.binding("agents.terse_backlog")
    assert backlog.widget.text() == "2"
    _type(backlog, "")
    assert window.document.scenario.agents.terse_backlog is None
    _type(backlog, "3")
    assert window.document.scenario.agents.terse_backlog == 3


def test_one_late_share_keeps_the_other_intents_defaults(window):
    page = page_of(window)
    page.binding("proactive.delay_notices.late_share.presale").widget.setValue(0.1)
    shares = window.document.scenario.proactive.delay_notices.late_share
    assert shares == {"presale": 0.1, "logistics": 0.3, "complaint": 0.3}


def test_knowledge_base_intents_are_check_boxes(window):
    page = page_of(window)
    page.show_snapshot_state("proactive")
    intents = page.binding("knowledge_base.intents")
    assert [b.isChecked() for b in intents.boxes] == [True, True, True, False]
    assert intents.boxes[3].text() == "Complaint"
    intents.boxes[3].setChecked(True)
    intents.boxes[0].setChecked(False)
    kb = window.document.scenario.knowledge_base
    assert kb.intents == ("logistics", "aftersale", "complaint")
    window.undo_action.trigger()
    assert intents.boxes[0].isChecked()


@pytest.mark.parametrize(
    ("path", "bad", "words"),
    [
        ("handoff.cold_resolution_factor", 0.0, "above 0"),
        ("agents.overload.resolution_per_chat", 1.5, "at most 1"),
        ("satisfaction.per_minute_response", -1.0, "at least 0"),
        ("proactive.delay_notices.late_share.logistics", 1.5, "at most 1"),
        ("knowledge_base.ceiling", 2.0, "at most 1"),
    ],
)
def test_a_bad_value_in_a_newer_spin_box_highlights_it(window, path, bad, words):
    page = page_of(window)
    before = window.document.scenario
    box = page.binding(path)
    box.widget.setValue(bad)
    assert window.document.scenario == before
    assert words in box.error and "#f6c6c2" in box.widget.styleSheet()
    assert [b.path for b in page.bindings if b.error] == [path]
    assert page.problems.isVisibleTo(page)


@pytest.mark.parametrize(
    ("path", "bad", "words"),
    [
        ("agents.terse_backlog", "0", "at least 1"),
        ("agents.terse_backlog", "2.5", "whole number"),
        ("agents.messages_per_reply", "{dist: poisson1, mean: 0.5}", "counts from 1"),
    ],
)
def test_a_bad_value_in_a_newer_text_field_highlights_it(window, path, bad, words):
    page = page_of(window)
    before = window.document.scenario
    field = page.binding(path)
    _type(field, bad)
    assert window.document.scenario == before
    assert words in field.error and "#d0342c" in field.widget.styleSheet()
    assert [b.path for b in page.bindings if b.error] == [path]


def test_shrinkage_is_edited_in_the_form_and_thins_the_hours_on_duty(window):
    page = page_of(window)
    box = page.binding("agents.shrinkage")
    scheduled = window.document.scenario.agents.scheduled(20)
    box.widget.setValue(0.25)
    agents = window.document.scenario.agents
    assert agents.shrinkage == 0.25
    assert agents.on_duty(20) == int(scheduled * 0.75)  # the schedule itself is unchanged
    # the chart shows and edits scheduled heads, not those left on duty
    assert page.binding("agents.schedule").widget.values[20] == scheduled
    box.widget.setValue(1.2)  # a share below 1 only
    assert box.error and window.document.scenario.agents.shrinkage == 0.25


def test_proficiency_levels_are_edited_in_a_table(window):
    """Two levels typed in the table become the scenario's proficiency; an empty factor is its
    default; shares that do not add up to 1 mark the table and change nothing."""
    from PySide6.QtWidgets import QTableWidgetItem

    page = page_of(window)
    binding = page.binding("agents.proficiency")
    table = binding.table

    def put(row, col, text):
        if table.item(row, col) is None:
            table.setItem(row, col, QTableWidgetItem(text))
        else:
            table.item(row, col).setText(text)

    binding.add_row()
    put(0, 1, "0.7")
    put(0, 2, "1.2")
    put(0, 0, "new")  # a row counts once it has a name: shares 0.7 alone are refused
    assert binding.error and not window.document.scenario.agents.proficiency
    binding.add_row()
    put(1, 1, "0.3")
    put(1, 3, "1.1")
    put(1, 0, "senior")
    levels = window.document.scenario.agents.proficiency
    assert not binding.error
    assert levels["new"].share == 0.7 and levels["new"].reply_time_factor == 1.2
    assert levels["new"].resolution_factor == 1.0 and levels["new"].csat_effect == 0.0
    assert levels["senior"].resolution_factor == 1.1 and levels["senior"].reply_time_factor == 1.0
    window.document.undo_stack.undo()
    assert not window.document.scenario.agents.proficiency


def test_the_names_locale_is_typed_and_checked(window):
    page = page_of(window)
    box = page.binding("customers.locale")
    assert box.widget.text() == "zh_CN"
    box.widget.setText("en_US")
    box.widget.editingFinished.emit()
    assert window.document.scenario.customers.locale == "en_US"
    box.widget.setText("xx_YY")
    box.widget.editingFinished.emit()
    assert box.error and window.document.scenario.customers.locale == "en_US"


def test_order_and_return_chances_per_intent_are_edited_in_the_intents_table(window):
    """The intents table carries what decides orders and returns; a cell of an intent that never
    orders stays empty and out of the edit; a share above 1 marks the table."""
    page = page_of(window)
    binding = page.binding("intents")
    table = binding.table
    col = {f: 1 + i for i, f in enumerate(binding.fields)}
    row = {name: r for r, name in enumerate(("presale", "logistics", "aftersale", "complaint"))}
    table.item(row["presale"], col["conversion.lost"]).setText("0.12")
    table.item(row["aftersale"], col["recontact.if_unresolved"]).setText("0.6")
    intents = window.document.scenario.intents
    assert intents.presale.conversion.lost == 0.12
    assert intents.aftersale.recontact.if_unresolved == 0.6
    if intents.logistics.conversion is None:  # never orders: its order cells stay empty
        assert table.item(row["logistics"], col["conversion.lost"]).text() == ""
    table.item(row["presale"], col["recontact.if_resolved"]).setText("1.5")
    assert binding.error and window.document.scenario.intents.presale.recontact.if_resolved != 1.5
