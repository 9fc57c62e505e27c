"""The trained reader kept on disk between runs, so a trainer starts reading at once.

Training the n-gram reader on the shipped corpus takes seconds per language (see the README's
Performance section); without a cache every trainer process paid that on its first reply. A
trained :class:`~simulator.roleplay.reader.ReplyModel` is saved as one ``.npz`` of plain arrays
(weights, bias, each vectorizer's terms in column order and its IDF) and loaded with
``allow_pickle=False``: nothing in the file can run code. The vectorizers' settings are not
stored; they come from the code, like the analyzers.

The file is named by a key, a hash of everything the weights depend on: the language, every
corpus file (name and bytes), the source of the reading and corpus modules, and the versions of
numpy, scipy and scikit-learn. A changed corpus, code or library gives another key, so a stale
model is never read. A missing, unreadable or corrupt file is ignored and the model is trained
again; a cache folder that cannot be written is skipped. Saving a model removes the language's
files of other keys (their corpus or code is gone), so the folder holds one file per language. The cache only saves time: a model
loaded from it reads every reply exactly as the freshly trained one (``tests/roleplay``).

Where: ``$KEFULAB_CACHE_DIR`` (empty: no cache), else ``%LOCALAPPDATA%\\kefulab`` on Windows,
``$XDG_CACHE_HOME/kefulab`` or ``~/.cache/kefulab``.
"""

from __future__ import annotations

import hashlib
import os
import sys
import zipfile
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path

import numpy as np
import scipy
import sklearn

from simulator.common.data import corpus_dir

__all__ = ["cache_dir", "model_key", "read_arrays", "write_arrays"]

#: Source folders whose code decides how the corpus is read and the model trained.
_CODE = (Path(__file__).parent, Path(__file__).parent.parent / "common")


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


def model_key(lang: str, corpus: Path | None = None) -> str:
    """A hash of what the ``lang`` reader's weights depend on (see the module docstring)."""
    digest = hashlib.sha256(
        f"{lang}|{np.__version__}|{scipy.__version__}|{sklearn.__version__}".encode()
    )
    corpus = corpus_dir() if corpus is None else corpus
    files = sorted(corpus.glob("*.yaml")) + sorted(p for d in _CODE for p in d.glob("*.py"))
    for path in files:
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _path(lang: str, key: str, folder: Path) -> Path:
    return folder / f"reader-{lang}-{key}.npz"


def read_arrays(lang: str, key: str, folder: Path | None) -> dict[str, np.ndarray] | None:
    """The arrays saved for ``key``, or ``None`` (no cache, no file, or a file that is unusable)."""
    if folder is None:
        return None
    try:
        # the file is opened here: np.load leaves its own handle open on a broken zip
        with (
            open(_path(lang, key, folder), "rb") as file,
            np.load(file, allow_pickle=False) as data,
        ):
            return {name: data[name] for name in data.files}
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None


def write_arrays(
    lang: str, key: str, folder: Path | None, arrays: Mapping[str, np.ndarray]
) -> None:
    """Save ``arrays`` for ``key``, whole or not at all; a folder that cannot be written is skipped."""
    if folder is None:
        return
    target = _path(lang, key, folder)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as out:
            np.savez(out, **arrays)
        os.replace(temporary, target)
        for stale in folder.glob(f"reader-{lang}-*.npz"):  # older corpus or code: never read again
            if stale != target:
                stale.unlink(missing_ok=True)
    except OSError:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
