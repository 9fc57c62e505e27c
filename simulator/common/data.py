"""KefuLab's shipped data: traffic scenarios, role-play scripts, knowledge base, lexicons and the
history example, found through :mod:`importlib.resources`.

The data live once, in ``scenarios/`` at the top of the repository, and are installed as the
package ``simulator.shipped`` (``setup.py`` maps it), so a regular install, an editable one and a
frozen build all read the same files without knowing where the source tree is. Everything that
needs a shipped file asks here; :func:`resolve_scenario` lets the CLI take a shipped traffic
scenario by name (``kefulab run tmall_daily``).
"""

from __future__ import annotations

import atexit
import importlib.resources
import shutil
import tempfile
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path

from simulator.common.errors import InputError, KefuLabError

#: The package that holds the shipped data (the repository's ``scenarios/`` folder).
SHIPPED_PACKAGE = "simulator.shipped"
#: Suffixes a traffic scenario's file may have when it is named without one.
SCENARIO_SUFFIXES = (".yaml", ".yml")


def shipped_root() -> Traversable:
    """The shipped data as a :class:`~importlib.resources.abc.Traversable` (no real path needed).

    Raises:
        KefuLabError: the data package is missing (an editable install made before the data were
            packaged: run ``pip install -e .`` again).
    """
    try:
        return importlib.resources.files(SHIPPED_PACKAGE)
    except ModuleNotFoundError:
        raise KefuLabError(
            f"the shipped data (package {SHIPPED_PACKAGE}) are not installed; "
            "reinstall KefuLab (pip install -e . in a checkout)"
        ) from None


@cache
def shipped_dir() -> Path:
    """The shipped data as a real folder on disk.

    Installed files are already on disk (the path is returned as is); data inside an archive
    (a zip import) are copied once to a temporary folder that is removed when the process exits.
    """
    root = shipped_root()
    if isinstance(root, Path):
        return root
    target = Path(tempfile.mkdtemp(prefix="kefulab-data-"))
    atexit.register(shutil.rmtree, target, ignore_errors=True)
    _copy_tree(root, target)
    return target


def _copy_tree(source: Traversable, target: Path) -> None:
    for child in source.iterdir():
        if child.is_dir():
            if child.name != "__pycache__":
                (target / child.name).mkdir()
                _copy_tree(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())


def traffic_dir() -> Path:
    """Folder of the shipped traffic scenarios (``*.yaml``)."""
    return shipped_dir() / "traffic"


def roleplay_dir() -> Path:
    """Folder of the shipped role-play scripts (``*.yaml``, each named after its id)."""
    return shipped_dir() / "roleplay"


def kb_dir() -> Path:
    """Folder of the shipped knowledge base (``*.yaml`` plus its README)."""
    return shipped_dir() / "kb"


def lexicons_dir() -> Path:
    """Folder of the reply classifier's lexicons (``zh.yaml``, ``en.yaml``)."""
    return shipped_dir() / "lexicons"


def corpus_dir() -> Path:
    """Folder of the labelled replies the reply reader trains on (every ``*.yaml`` in it)."""
    return shipped_dir() / "corpus"


def history_example() -> Path:
    """The shipped hourly history export (the format ``kefulab calibrate`` reads)."""
    return shipped_dir() / "history" / "example_shop_hourly.csv"


def shipped_scenarios() -> tuple[str, ...]:
    """Names of the shipped traffic scenarios (file names without ``.yaml``), sorted."""
    return tuple(sorted(p.stem for p in traffic_dir().glob("*.yaml")))


def resolve_scenario(name_or_path: str | Path) -> Path:
    """The file of a traffic scenario given as a path or as a shipped scenario's name.

    An existing path wins (a local ``tmall_daily.yaml`` shadows the shipped one); otherwise a
    bare name, with or without ``.yaml``, names a shipped scenario.

    Raises:
        InputError: neither a file nor a shipped scenario; the message lists the shipped names.
    """
    path = Path(name_or_path)
    if path.exists():
        return path
    if path.name == str(name_or_path):  # a bare name, no folder part
        stem = path.stem if path.suffix in SCENARIO_SUFFIXES else path.name
        shipped = traffic_dir() / f"{stem}.yaml"
        if shipped.is_file():
            return shipped
    raise InputError(
        f"{name_or_path}: file not found, and no shipped scenario has that name "
        f"(shipped: {', '.join(shipped_scenarios())})"
    )
