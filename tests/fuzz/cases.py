"""Writing generated cases to disk and checking them through the loaders and the CLI.

Each ``check_*`` function runs one case in forked children (see :mod:`tests.fuzz.harness`) and
returns the contract violations found, so the tests assert it is empty and an exploratory run
can collect them instead.
"""

from __future__ import annotations

import atexit
import importlib
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.fuzz.harness import (
    SCENARIOS,
    call_cli,
    call_loader,
    cli_violations,
    digest,
    loader_violations,
    run_isolated,
    validate_violations,
)
from tests.fuzz.mutate import CORPUS, Case

#: kind -> the loader a program calls (``module:function``, taking a path).
LOADERS: dict[str, str] = {
    "scenario": "simulator.scenario.loader:load_scenario",
    "script": "simulator.roleplay.script:load_script",
    "kb": "simulator.roleplay.kb:read_kb_file",
    "lexicon": "simulator.roleplay.lexicon:read_lexicon",
    "transcript": "simulator.roleplay.session:load_transcript",
    "history": "simulator.experiments.history:read_history",
}

_WORK = Path(tempfile.mkdtemp(prefix="kefulab-fuzz-"))
atexit.register(shutil.rmtree, _WORK, ignore_errors=True)
_counter = itertools.count()


def fresh_dir() -> Path:
    d = _WORK / str(next(_counter))
    d.mkdir(parents=True)
    return d


def loader(kind: str) -> Callable[[Path], object]:
    module, func = LOADERS[kind].split(":")
    return getattr(importlib.import_module(module), func)


def write_case(case: Case, base: Path | None = None) -> Path:
    """The case's bytes in ``BASE/<kind folder>/<shipped name>`` (the folder tells its kind)."""
    folder = (base or fresh_dir()) / CORPUS[case.kind][0]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / case.source.name
    path.write_bytes(case.data)
    return path


def check_loader(kind: str, path: Path, must_refuse: str = "") -> list[str]:
    before = digest(path)
    res = run_isolated(call_loader, loader(kind), path)
    found = loader_violations(res, path, must_refuse)
    if digest(path) != before:
        found.append("input file modified")
    return found


def check_validate(path: Path, must_refuse: str = "") -> list[str]:
    before = digest(path)
    res = run_isolated(call_cli, ["validate", str(path)])
    found = validate_violations(res, path, must_refuse)
    if digest(path) != before:
        found.append("input file modified by validate")
    return found


def script_for(transcript: Path) -> str:
    """The shipped script a transcript plays (its name starts with the script id)."""
    ids = sorted((p.stem for p in (SCENARIOS / "roleplay").glob("*.yaml")), key=len, reverse=True)
    return next(i for i in ids if transcript.stem.startswith(i + "_"))


def shipped_copy(replace: dict[str, Path], base: Path) -> Path:
    """A shipped-data folder of symlinks, with the files in ``replace`` (``roleplay/x.yaml``)
    swapped for generated ones."""
    root = base / "shipped"
    for sub in SCENARIOS.iterdir():
        if not sub.is_dir() or sub.name.startswith("__"):
            continue
        (root / sub.name).mkdir(parents=True)
        for f in sub.iterdir():
            rel = f"{sub.name}/{f.name}"
            (root / rel).symlink_to(replace.pop(rel, f).resolve())
    for rel, f in replace.items():  # new files
        (root / rel).symlink_to(f.resolve())
    return root


def _use_shipped(root: Path, lexicon_changed: bool) -> Callable[[], None]:
    def setup() -> None:
        import simulator.common.data as data
        import simulator.roleplay.lexicon as lexicon

        data.shipped_dir = lambda: root
        if lexicon_changed:  # else keep the parent's cached (shipped) lexicons: faster
            lexicon.load_lexicon.cache_clear()
        os.environ["KEFULAB_DB"] = str(root.parent / "progress.db")

    return setup


def check_train(
    script_id: str,
    transcript: Path,
    replace: dict[str, Path] | None = None,
    must_refuse: str = "",
    names: tuple[str, ...] = (),
) -> list[str]:
    """``kefulab train SCRIPT --replay TRANSCRIPT`` with some shipped files swapped."""
    base = transcript.parent.parent
    root = shipped_copy(dict(replace or {}), base)
    db = base / "progress.db"
    argv = ["train", script_id, "--replay", str(transcript), "--db", str(db), "--trainee", "fz"]
    watched = [transcript, *(replace or {}).values()]
    before = [digest(p) for p in watched]
    changed = any(rel.startswith("lexicons/") for rel in (replace or {}))
    res = run_isolated(call_cli, argv, _use_shipped(root, changed))
    found = cli_violations(res, [transcript.name, *names], must_refuse)
    if [digest(p) for p in watched] != before:
        found.append("input file modified by train")
    return found
