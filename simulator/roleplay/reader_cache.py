"""The trained reader kept on disk between runs, so a trainer starts reading at once.

Training the n-gram reader on the shipped corpus takes seconds per language; without a cache
every trainer process paid that on its first reply. A trained
:class:`~simulator.roleplay.reader.ReplyModel` is saved as one ``.npz`` of plain arrays
(weights, bias, each vectorizer's terms in column order and its IDF) and loaded with
``allow_pickle=False``: nothing in the file can run code. The vectorizers' settings are not
stored; they come from the code, like the analyzers.

The file is named by a key, a hash of everything the weights depend on: the language, every
corpus file (name and bytes), the source of the reading and corpus modules, the Python, Unicode
and library versions and the machine type. A changed corpus, code or library gives another
key, so a stale model is never read; when the source files cannot be found (a build without
them) there is no key and no cache. An unreadable or damaged file is ignored and the model
trained again; a folder that cannot be written is skipped. Each language keeps its
:data:`KEEP` newest files (two installed versions do not evict each other). The cache only
saves time: a model loaded from it reads every reply exactly as the trained one.

Where: ``$KEFULAB_CACHE_DIR`` (empty: no cache), else ``%LOCALAPPDATA%\\kefulab`` on Windows,
``$XDG_CACHE_HOME/kefulab`` or ``~/.cache/kefulab``.
"""

from __future__ import annotations

import hashlib
import os
import platform as _platform
import sys
import tempfile
import time
import unicodedata
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path

import numpy as np
import scipy
import sklearn
import yaml

from simulator.common.data import corpus_dir

__all__ = ["KEEP", "cache_dir", "model_key", "read_arrays", "write_arrays"]

#: Source folders whose code decides how the corpus is read and the model trained.
_CODE = (Path(__file__).parent, Path(__file__).parent.parent / "common")
#: Saved models kept per language (the newest), and the age after which a temporary file left
#: by a killed process is removed.
KEEP = 3
_STALE_TEMPORARY_S = 3600.0


def cache_dir(
    env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path | None:
    """The folder trained readers are kept in, or ``None`` when ``KEFULAB_CACHE_DIR`` is empty."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if "KEFULAB_CACHE_DIR" in env:
        return Path(env["KEFULAB_CACHE_DIR"]) if env["KEFULAB_CACHE_DIR"] else None
    if platform.startswith("win") and env.get("LOCALAPPDATA"):
        return Path(env["LOCALAPPDATA"]) / "kefulab"
    if env.get("XDG_CACHE_HOME"):
        return Path(env["XDG_CACHE_HOME"]) / "kefulab"
    return home / ".cache" / "kefulab"


def model_key(lang: str, corpus: Path | None = None) -> str | None:
    """A hash of what the ``lang`` reader's weights depend on, or ``None`` (no source to hash)."""
    code = sorted(p for d in _CODE for p in d.glob("*.py"))
    if not code:
        return None
    versions = (
        lang,
        sys.version_info[:2],
        unicodedata.unidata_version,
        _platform.machine(),
        np.__version__,
        scipy.__version__,
        sklearn.__version__,
        yaml.__version__,
    )
    digest = hashlib.sha256(repr(versions).encode())
    corpus = corpus_dir() if corpus is None else corpus
    for path in sorted(corpus.glob("*.yaml")) + code:
        digest.update(f"\0{path.parent.name}/{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _path(lang: str, key: str, folder: Path) -> Path:
    return folder / f"reader-{lang}-{key}.npz"


def read_arrays(lang: str, key: str | None, folder: Path | None) -> dict[str, np.ndarray] | None:
    """The arrays saved for ``key``, or ``None`` (no cache, no file, or a file that is unusable)."""
    if folder is None or key is None:
        return None
    try:
        # the file is opened here: np.load leaves its own handle open on a broken zip
        with (
            open(_path(lang, key, folder), "rb") as file,
            np.load(file, allow_pickle=False) as data,
        ):
            return {name: data[name] for name in data.files}
    except Exception:  # damaged in any way: the model is trained again  # noqa: BLE001
        return None


def write_arrays(
    lang: str, key: str | None, folder: Path | None, arrays: Mapping[str, np.ndarray]
) -> None:
    """Save ``arrays`` for ``key``, whole or not at all (a folder that cannot be written: not)."""
    if folder is None or key is None:
        return
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".reader-{lang}-", suffix=".tmp", dir=folder)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as out:
            np.savez(out, **arrays)
        os.replace(temporary, _path(lang, key, folder))
        temporary = None
        _prune(lang, folder)
    except OSError:
        if temporary is not None:
            with suppress(OSError):
                temporary.unlink()


def _prune(lang: str, folder: Path) -> None:
    """Keep the language's :data:`KEEP` newest models; drop temporary files of dead writers."""
    saved = sorted(folder.glob(f"reader-{lang}-*.npz"), key=_mtime, reverse=True)
    old = time.time() - _STALE_TEMPORARY_S
    leftovers = [p for p in folder.glob(f".reader-{lang}-*.tmp") if _mtime(p) < old]
    for path in saved[KEEP:] + leftovers:
        with suppress(OSError):
            path.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
