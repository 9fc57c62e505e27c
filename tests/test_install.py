"""An installed KefuLab finds its shipped data: the wheel holds every file under ``scenarios/``,
and a regular (non-editable) install runs from another folder without the source tree.

Both tests build the wheel the way a user does (``pip wheel``, isolated build; pip may fetch
setuptools once) from a copy of the sources, so no build output lands in the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
#: What the build reads (pyproject.toml names README.md as the long description).
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "simulator", "gui", "scenarios")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


@dataclass(frozen=True)
class Build:
    """A wheel and the copy of the sources it was built from (the checkout may change meanwhile)."""

    sources: Path
    wheel: Path


def files_under(folder: Path) -> list[str]:
    """Every file under ``folder``, as posix paths relative to it."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    src = tmp_path_factory.mktemp("src")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=SKIP)
        elif (ROOT / name).is_file():
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    cmd = [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--quiet", "-w", str(out)]
    r = _run(cmd)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-4000:]
    (wheel,) = out.glob("kefulab-*.whl")
    return Build(src, wheel)


def test_wheel_holds_every_shipped_file_and_package_file(build: Build) -> None:
    names = set(zipfile.ZipFile(build.wheel).namelist())
    shipped = files_under(build.sources / "scenarios")
    assert "traffic/tmall_daily.yaml" in shipped and "kb/README.md" in shipped
    missing = [f for f in shipped if f"simulator/shipped/{f}" not in names]
    assert not missing, f"shipped files left out of the wheel: {missing}"
    assert not [n for n in names if n.startswith("scenarios/")], "data also installed top-level"
    # every module and data file of the code packages too (a folder without __init__.py, or a
    # data suffix missing from [tool.setuptools.package-data], would leave files behind)
    package_files = [
        f"{package}/{f}"
        for package in ("simulator", "gui")
        if (build.sources / package).is_dir()
        for f in files_under(build.sources / package)
    ]
    missing = [f for f in package_files if f not in names]
    assert not missing, f"package files left out of the wheel: {missing}"


def test_regular_install_finds_shipped_data_from_another_folder(build: Build, tmp_path: Path):
    site = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
    r = _run([*install, "--target", str(site), str(build.wheel)])
    assert r.returncode == 0, r.stderr[-4000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # The installed copy comes first on sys.path; the checkout is neither the cwd nor on the path.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(PYTHONPATH=str(site), KEFULAB_DB=str(tmp_path / "progress.db"), NO_COLOR="1")

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return _run([sys.executable, *args], cwd=elsewhere, env=env, input=stdin)

    def kefulab(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return run("-m", "simulator.cli.main", *args, stdin=stdin)

    where = run(
        "-c",
        "import simulator, simulator.shipped as s, simulator.common.data as d; "
        "print(simulator.__file__); print(s.__file__); print(d.shipped_dir())",
    )
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(site.resolve()), where.stdout

    ran = kefulab("run", "tmall_daily", "-n", "2", "--seed", "3")
    assert ran.returncode == 0, ran.stderr
    assert "Scenario: " in ran.stdout, ran.stdout

    unknown = kefulab("run", "no_such_scenario")
    assert unknown.returncode == 2
    assert "file not found" in unknown.stderr and "tmall_daily" in unknown.stderr

    listing = kefulab("train", "--lang", "en")  # not a terminal: lists, then asks for an id
    assert "en_late_delivery_angry" in listing.stdout, listing.stdout + listing.stderr

    kb = kefulab("train", "late_delivery_angry", "--seed", "1", stdin="/kb 退货\n/quit\n")
    assert kb.returncode == 0, kb.stderr
    answers = [
        entry["answer"]
        for path in (build.sources / "scenarios" / "kb").glob("*.yaml")
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]
    ]
    assert any(answer in kb.stdout for answer in answers), kb.stdout  # a shipped KB answer

    shipped = site / "simulator" / "shipped"
    files = [
        shipped / "traffic" / "tmall_daily.yaml",
        shipped / "roleplay" / "presale_hesitant.yaml",
    ]
    checked = kefulab("validate", *map(str, files), *map(str, (shipped / "kb").glob("*.yaml")))
    assert checked.returncode == 0, checked.stdout + checked.stderr
