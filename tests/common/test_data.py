"""Shipped data through importlib.resources, and shipped traffic scenarios by name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from simulator.cli.main import main
from simulator.common import data
from simulator.common.errors import InputError

ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_installed_data_are_the_checkouts_scenarios_folder():
    assert _files(data.shipped_dir()) == _files(ROOT / "scenarios")


def test_each_kind_of_shipped_data_has_its_folder():
    assert (data.traffic_dir() / "tmall_daily.yaml").is_file()
    assert (data.roleplay_dir() / "late_delivery_angry.yaml").is_file()
    assert (data.kb_dir() / "returns.yaml").is_file()
    assert {p.name for p in data.lexicons_dir().glob("*.yaml")} == {"zh.yaml", "en.yaml"}
    assert data.history_example().read_text(encoding="utf-8").startswith("timestamp")
    assert data.shipped_root().joinpath("kb", "README.md").is_file()
    assert "tmall_daily" in data.shipped_scenarios() and "mmc_reference" in data.shipped_scenarios()


@pytest.mark.parametrize("name", ["tmall_daily", "tmall_daily.yaml"])
def test_a_shipped_scenario_resolves_by_name(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert data.resolve_scenario(name) == data.traffic_dir() / "tmall_daily.yaml"


def test_an_existing_file_wins_over_the_shipped_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tmall_daily.yaml").write_text("name: mine\n", encoding="utf-8")
    assert data.resolve_scenario("tmall_daily.yaml") == Path("tmall_daily.yaml")
    assert data.resolve_scenario(tmp_path / "tmall_daily.yaml") == tmp_path / "tmall_daily.yaml"


@pytest.mark.parametrize("given", ["no_such_scenario", "traffic/tmall_daily.yaml", "x/nope.yaml"])
def test_neither_file_nor_shipped_name_lists_the_shipped_names(given, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as info:
        data.resolve_scenario(given)
    message = str(info.value)
    assert message.startswith(f"{given}: file not found") and "\n" not in message
    assert all(name in message for name in data.shipped_scenarios())


def test_cli_takes_a_shipped_name_and_explains_an_unknown_one(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["run", "nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "file not found" in err and "mmc_reference" in err
    assert main(["history", "mmc_reference", "--days", "1", "--out", "h.csv"]) == 0
    assert (tmp_path / "h.csv").read_text(encoding="utf-8").startswith("timestamp")


def test_data_inside_an_archive_are_copied_to_a_real_folder(tmp_path):
    archive = tmp_path / "data.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for name in sorted(_files(ROOT / "scenarios")):
            z.write(ROOT / "scenarios" / name, f"shipped/{name}")
    target = tmp_path / "copy"
    target.mkdir()
    data._copy_tree(zipfile.Path(archive, "shipped/"), target)
    assert _files(target) == _files(ROOT / "scenarios")
    readme = ROOT / "scenarios" / "kb" / "README.md"
    assert (target / "kb" / "README.md").read_bytes() == readme.read_bytes()
