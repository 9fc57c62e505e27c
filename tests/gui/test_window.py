"""The main window: files, unsaved changes, recent files, language, fonts."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from gui.app import register_fonts, set_language
from gui.settings import MAX_RECENT


def test_shipped_scenario_saves_only_under_a_new_name(window, tmp_path):
    page = window.show_page("scenario")
    page.binding("agents.concurrency").widget.setValue(5)
    target = tmp_path / "my_day.yaml"
    window.ask_save_path = lambda: target
    assert window.save()
    assert target.exists()
    assert not window.document.read_only and window.document.path == target
    assert not window.document.dirty
    assert window.settings.recent_files()[0] == target.resolve()
    window.document.open(target)
    assert window.document.scenario.agents.concurrency == 5


def test_unsaved_changes_prompt_can_cancel_and_discard(window, qtbot):
    page = window.show_page("scenario")
    page.binding("agents.concurrency").widget.setValue(5)
    asked = []
    window.ask_unsaved_changes = lambda: asked.append(1) or "cancel"
    assert not window.close()
    assert window.isVisible() and asked
    window.ask_unsaved_changes = lambda: "discard"
    assert window.close()


def test_recent_files_keep_the_last_eight(settings, tmp_path):
    for k in range(MAX_RECENT + 3):
        settings.add_recent_file(tmp_path / f"s{k}.yaml")
    files = settings.recent_files()
    assert len(files) == MAX_RECENT
    assert files[0].name == f"s{MAX_RECENT + 2}.yaml"


def test_a_bad_file_shows_the_message_bar(window, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\narrivals: 3\n", encoding="utf-8")
    assert not window.open_file(bad)
    assert window.message_bar.isVisible() and "bad.yaml" in window.message_bar.label.text()
    assert window.document.scenario.name == "Tmall shop, ordinary day"


def test_every_page_opens_and_switches_language(full_window):
    from gui.pages import available_pages

    window = full_window
    assert list(window.pages) == [entry.key for entry in available_pages()]
    assert not window.message_bar.isVisible(), window.message_bar.label.text()
    english = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    window.set_language("zh")
    try:
        chinese = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
        assert all(c != e for c, e in zip(chinese, english, strict=True))
        for key in window.pages:
            assert window.show_page(key).isVisible()
    finally:
        window.set_language("en")


def test_switching_language_changes_visible_texts(window, qapp):
    page = window.show_page("scenario")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&File"
    assert page.tabs.tabText(0) == "Traffic"
    window.set_language("zh")
    try:
        zh_menus = [a.text() for a in window.menuBar().actions()]
        assert zh_menus[0] != "&File" and "文件" in zh_menus[0]
        assert page.tabs.tabText(0) == "流量"
        assert window.sidebar.item(0).text() == "场景"
        assert page.title.text().startswith("天猫店铺")
        assert window.settings.language() == "zh"
    finally:
        window.set_language("en")
    assert [a.text() for a in window.menuBar().actions()] == menus


def test_chinese_labels_render_with_a_font_that_has_the_glyphs(window):
    family = register_fonts()
    assert family in QFontDatabase.families()
    window.set_language("zh")
    try:
        label = window.show_page("scenario").tabs
        text = label.tabText(0)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text)
        font = label.font()
        assert family in font.families()
        raw = QRawFont.fromFont(QFont(family))
        assert all(raw.supportsCharacter(ch) for ch in text)
    finally:
        window.set_language("en")


def test_default_language_follows_the_system_locale(monkeypatch):
    from gui import app

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert app.system_language() == "zh"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert app.system_language() == "en"


def test_set_language_refuses_unknown_codes(qapp):
    import pytest

    with pytest.raises(ValueError, match="lang"):
        set_language(qapp, "fr")


def test_window_layout_and_language_are_remembered(window, settings, document, qtbot):
    from gui.main_window import MainWindow

    window.resize(window.width(), 520)  # the offscreen screen is 800x600: change the height
    expected = window.height()
    window.set_language("en")
    assert window.close()
    assert settings.geometry() is not None and settings.language() == "en"
    again = MainWindow(document, settings)
    qtbot.addWidget(again)
    assert settings.window_state() is not None
    assert again.height() == expected


def test_worker_count_is_remembered(settings):
    settings.set_worker_count(3)
    assert settings.worker_count() == 3


def test_recent_files_menu_opens_a_file_after_the_unsaved_changes_check(window, tmp_path):
    page = window.show_page("scenario")
    page.binding("agents.concurrency").widget.setValue(5)
    mine = tmp_path / "mine.yaml"
    window.ask_save_path = lambda: mine
    answers = iter(["save"])
    window.ask_unsaved_changes = lambda: next(answers)
    assert window.open_file(window.document.path)  # asks, saves under a new name, then opens
    assert mine.exists() and window.document.read_only  # the shipped file is open again
    window._fill_recent()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions][:2] == [str(window.document.path.resolve()), str(mine)]
    actions[1].trigger()
    assert window.document.path == mine and not window.document.read_only
    assert window.document.scenario.agents.concurrency == 5
