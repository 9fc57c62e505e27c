"""The installed PySide6 keeps Python's reference counts straight under many signal emits.

PySide6-Essentials 6.12.0 on Python 3.11 takes a reference away from ``True`` on every
``emit()`` (and from ``None`` on every queued slot call), so a watched run aborted the
interpreter ("Fatal Python error: bool_dealloc"). pyproject.toml excludes that release; this
test fails if an installed PySide6 has the bug again.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import threading
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Source(QObject):
        value = Signal(object)

    app = QCoreApplication([])
    source, got = Source(), []
    source.value.connect(got.append)

    def emit_many():
        for k in range(5000):
            source.value.emit(k)

    thread = threading.Thread(target=emit_many)
    thread.start()
    thread.join()
    app.processEvents()
    assert len(got) == 5000, len(got)
    """
)


def test_emit_keeps_the_reference_to_true():
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(200):
        probe.ping.emit()
    assert sys.getrefcount(True) > before - 100


def test_thousands_of_cross_thread_emits_exit_cleanly():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
