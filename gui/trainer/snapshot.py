"""The trainer's screens for ``kefulab gui --snapshot DIR``: choose, brief, chat, scorecard,
assignments and progress.

A short session is played into a throw-away progress store: one strong reply (the script's own
model answer at its start) and one that blames the courier and offers cash above the trainee's
authority, so the chat shows a coaching hint and the scorecard shows a compliance block, the
anger curve and better phrasings. Files are named ``NN_trainer-PAGE_lang.png``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

SCRIPT_ID = "late_delivery_angry"
SIZE = (1360, 860)
#: The snapshot's second reply (the first is the script's model answer at its start node).
SECOND_REPLY = "物流慢是快递的问题,不是我们的问题。这样吧,给您补偿100元现金,您就别给差评了。"
KB_QUERY = "物流没更新"


def trainer_snapshots(
    app, out: Path, languages: Sequence[str], folder: Path, first_number: int
) -> list[Path]:
    """Render the trainer's pages in each language into ``out``; return the PNG paths.

    ``folder`` holds the throw-away settings and progress database.
    """
    from PySide6.QtCore import QSettings

    from gui.app import set_language
    from gui.settings import Settings
    from gui.trainer.window import TrainerWindow
    from simulator.roleplay.store import ProgressStore

    settings = Settings(QSettings(str(folder / "trainer-settings.ini"), QSettings.Format.IniFormat))
    settings.store.setValue("trainer/typing_ms_per_char", 0)
    written: list[Path] = []
    with ProgressStore.open(folder / "trainer-progress.sqlite3") as store:
        window = TrainerWindow(store, settings, trainee="小李")
        window.resize(*SIZE)
        window.show()
        _wait_for_reader(app, window)
        for lang in languages:
            set_language(app, lang)
            shots = _play(app, window)
            for offset, (key, grab) in enumerate(shots):
                path = out / f"{first_number + offset:02d}_trainer-{key}_{lang}.png"
                grab.save(str(path))
                written.append(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    return written


def _wait_for_reader(app, window) -> None:
    """Let the window's warm-up ready the reply reader in both languages (model and lexicon,
    a few seconds in a new process), so the session's replies are read, not held, when sent."""
    warmup = window.reader_warmup
    for lang in ("zh", "en"):
        warmup.need(lang)
    while not (warmup.is_ready("zh") and warmup.is_ready("en")):
        app.processEvents()
        time.sleep(0.02)


def _settle(app) -> None:
    """Let layouts settle (a layout request, the resize it causes, the next request)."""
    for _ in range(4):
        app.processEvents()


def _play(app, window) -> list[tuple[str, object]]:
    shots = []
    page = window.choose_page
    page.select(SCRIPT_ID)
    window.show_page("choose")
    _settle(app)
    shots.append(("choose", window.grab()))
    page.choose()
    _settle(app)
    shots.append(("brief", window.grab()))
    window.brief_page.start_button.click()
    chat = window.chat_page
    script = window.script
    first = script.node_map[script.start].model_answers[0].text
    _send(app, chat, first)
    chat.kb_panel.search.setText(KB_QUERY)
    chat.reply_box.setPlainText("您好,")
    _settle(app)
    shots.append(("chat", window.grab()))
    _send(app, chat, SECOND_REPLY)
    if chat.scorecard_button.isVisible():
        chat.scorecard_button.click()
    else:
        chat.give_up()
    scorecard = window.scorecard_page
    line = scorecard.dimensions.lines.get("no_blame")
    if line is not None and line.evidence.turn:
        scorecard.highlight_turn(line.evidence.turn)
    _settle(app)
    shots.append(("scorecard", window.grab()))
    for section in ("assignments", "progress"):
        window.show_section(section)
        _settle(app)
        shots.append((section, window.grab()))
    return shots


def _send(app, chat, text: str) -> None:
    chat.reply_box.setPlainText(text)
    chat.send()
    app.processEvents()
