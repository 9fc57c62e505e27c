"""Re-run ``pyside6-lupdate`` over ``gui/**/*.py`` and ``pyside6-lrelease`` to the .qm files.

``python -m gui.i18n.build``: new source strings are added to both .ts files (existing
translations are kept); in ``kefulab_en.ts`` an untranslated string is its own translation, so
English is always complete; untranslated Chinese strings are listed so they can be filled in.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parent
LANGUAGES = ("zh", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def fill_english(ts: Path) -> None:
    """Make every unfinished message of the English file translate to its source text."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is not None and translation.get("type") == "unfinished":
            text = source.text if source is not None else ""
            del translation.attrib["type"]
            if message.get("numerus") == "yes":  # plural forms: English has two
                for child in list(translation):
                    translation.remove(child)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def untranslated(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [
        m.findtext("source", "")
        for m in tree.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]


def build() -> list[Path]:
    """Update the .ts files from the sources and compile them; return the .qm paths."""
    files = [str(p.relative_to(GUI.parent)) for p in sources()]
    out = []
    for lang in LANGUAGES:
        ts = HERE / f"kefulab_{lang}.ts"
        cmd = [
            _tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-target-language",
            "zh_CN" if lang == "zh" else "en",
            "-ts",
            str(ts),
        ]
        subprocess.run(cmd, check=True, cwd=GUI.parent, capture_output=True)
        if lang == "en":
            fill_english(ts)
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        out.append(qm)
    return out


def main() -> int:
    for qm in build():
        print(qm)
    missing = untranslated(HERE / "kefulab_zh.ts")
    for text in missing:
        print(f"untranslated (zh): {text}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
