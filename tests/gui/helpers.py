"""Helpers shared by the trainer window tests."""

from __future__ import annotations


def wait_for_reader(qtbot, window) -> None:
    """Wait until the trainer window's reply reader is ready in both languages (the first
    trainer of a test run trains it, later ones load it), so a reply plays as it is sent."""
    warmup = window.reader_warmup
    warmup.need("zh")
    warmup.need("en")
    qtbot.waitUntil(lambda: warmup.is_ready("zh") and warmup.is_ready("en"), timeout=600_000)
