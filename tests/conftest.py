"""Shared test settings: Qt runs offscreen, shipped data paths."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the CLI's default language follows the locale; the suite expects English unless a test asks
# for --lang zh (tests of the default set these variables themselves)
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
# trained readers are saved between runs (simulator/roleplay/reader_cache.py): the suite keeps
# them in a folder of its own, shared by the processes it starts, never the user's cache
_CACHE = tempfile.mkdtemp(prefix="kefulab-test-cache-")
os.environ["KEFULAB_CACHE_DIR"] = _CACHE
_OWNER = os.getpid()
atexit.register(lambda: os.getpid() == _OWNER and shutil.rmtree(_CACHE, ignore_errors=True))

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
