"""Translations: the shell's and the Scenario page's strings are translated and compiled.

(Each page's own tests may check its contexts the same way, through :data:`CONTEXTS`.)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from gui.i18n.build import HERE, sources

#: Translation contexts of the app shell and the Scenario page.
CONTEXTS = {
    "MainWindow",
    "MessageBar",
    "Pages",
    "Presets",
    "ScenarioDocument",
    "ScenarioPage",
    "ScenarioForm",
    "ScenarioTables",
    "YamlTab",
}
SHELL_FILES = {
    "main_window.py",
    "message_bar.py",
    "document.py",
    "scenario_page.py",
    # form.py translates its tabs' strings but holds none of its own
    "tab_traffic.py",
    "tab_bot.py",
    "tab_agents.py",
    "tab_customers.py",
    "tab_proactive.py",
    "tables.py",
    "presets.py",
    "yaml_tab.py",
    "__init__.py",
}


TRANSLATED = re.compile(r"\.tr\(|\btranslate\(|QT_TRANSLATE_NOOP\(")


def messages(lang: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(HERE / f"kefulab_{lang}.ts")
    return [
        (context.findtext("name", ""), message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_shell_string_is_translated(lang):
    found = [(c, m) for c, m in messages(lang) if c in CONTEXTS]
    assert len(found) > 100
    missing = [
        m.findtext("source")
        for _, m in found
        if m.find("translation").get("type") == "unfinished"
        or not (m.findtext("translation") or m.find("translation/numerusform") is not None)
    ]
    assert not missing, f"translate in gui/i18n/kefulab_{lang}.ts: {missing[:10]}"


def test_chinese_is_really_chinese():
    zh = {
        m.findtext("source"): m.findtext("translation") for c, m in messages("zh") if c in CONTEXTS
    }
    assert zh["Traffic"] == "流量" and zh["&File"] == "文件(&F)"
    assert sum(any("\u4e00" <= ch <= "\u9fff" for ch in t or "") for t in zh.values()) > 90


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_compiled_translations_are_newer_than_their_source(lang):
    ts, qm = HERE / f"kefulab_{lang}.ts", HERE / f"kefulab_{lang}.qm"
    assert qm.exists() and qm.stat().st_size > 100
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_the_catalogue_covers_the_shell_modules():
    """Every shell module that calls tr() appears in the .ts (lupdate was re-run after edits)."""
    tree = ET.parse(HERE / "kefulab_zh.ts")
    listed = {loc.get("filename").split("/")[-1] for loc in tree.iter("location")}
    calling = {
        p.name
        for p in sources()
        if p.name in SHELL_FILES and TRANSLATED.search(p.read_text(encoding="utf-8"))
    }
    assert calling <= listed, sorted(calling - listed)
