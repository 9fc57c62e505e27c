"""Fonts for chart labels: a CJK font that renders Chinese on a fresh machine.

matplotlib ships no CJK font. The project depends on the PyPI package ``noto-cjk-sans-otc``
(Noto Sans CJK, SIL Open Font License), a wheel that carries ``NotoSansCJK-Regular.ttc``; its
Simplified Chinese face is registered with matplotlib the first time a chart is built (never at
import). Without it, a CJK font already installed on the system (Noto/Source Han, WenQuanYi,
Microsoft YaHei, PingFang, ...) is used instead. Charts are built inside :func:`chart_style`,
which puts that font in the family list, so every text object created there keeps it as its
fallback wherever the figure is drawn later (PDF page, PNG, a Qt canvas).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib as mpl
from matplotlib import font_manager

#: The face of the bundled collection used for Chinese (Simplified Chinese glyph forms).
BUNDLED_FAMILY = "Noto Sans CJK SC"
#: System families with Chinese glyphs, most preferred first.
SYSTEM_CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "SimHei",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "AR PL UMing CN",
)
LATIN_FAMILY = "DejaVu Sans"  # ships with matplotlib


def _bundled_font_path() -> str | None:
    try:
        import noto_cjk_sans_otc  # the font wheel; no code beyond a path
    except ImportError:
        return None
    return str(noto_cjk_sans_otc.FONT_PATH)


@functools.cache
def cjk_family() -> str | None:
    """The family name of a font with Chinese glyphs, registering the bundled one if needed.

    Returns ``None`` when neither the bundled font nor a known system CJK font is available
    (Chinese labels would then render as empty boxes).
    """
    path = _bundled_font_path()
    if path is not None:
        if BUNDLED_FAMILY not in {f.name for f in font_manager.fontManager.ttflist}:
            font_manager.fontManager.addfont(path)
        registered = [f.name for f in font_manager.fontManager.ttflist if f.fname == path]
        if BUNDLED_FAMILY in registered:
            return BUNDLED_FAMILY
        if registered:  # an older matplotlib reads only a collection's first face (JP forms)
            return registered[0]
    known = {f.name for f in font_manager.fontManager.ttflist}
    for family in SYSTEM_CJK_FAMILIES:
        if family in known:
            return family
    return None


def font_families(lang: str) -> list[str]:
    """The font family list for a language: Chinese first for ``zh``, Latin first for ``en``
    (scenario names may be Chinese in an English chart, so CJK stays as the fallback)."""
    cjk = cjk_family()
    if cjk is None:
        return [LATIN_FAMILY]
    return [cjk, LATIN_FAMILY] if lang == "zh" else [LATIN_FAMILY, cjk]


@contextmanager
def chart_style(lang: str = "en") -> Iterator[None]:
    """Build charts inside this context: fonts for ``lang`` and the project's plain style."""
    rc = {
        "font.family": font_families(lang),
        "font.size": 9.0,
        "axes.titlesize": 10.5,
        "axes.titleweight": "normal",
        "axes.labelsize": 9.0,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "grid.linewidth": 0.6,
        "legend.fontsize": 8.0,
        "legend.frameon": False,
        "xtick.labelsize": 8.0,
        "ytick.labelsize": 8.0,
    }
    with mpl.rc_context(rc):
        yield
