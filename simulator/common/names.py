"""Names people read for shipped scenarios and entry points, in Chinese and English.

The scenario schema has one ``name`` (and entry points are map keys such as ``hot_product``);
CLI output, reports and the desktop workbench show these names instead. A scenario that is not
one of the shipped files keeps its own ``name``; an entry point this table does not know reads
as its key. The workbench (``gui/shipped.py``) reads the same table: the simulator never
imports ``gui``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from simulator.common.data import traffic_dir

#: Display names of the shipped traffic scenarios, by file stem: (zh, en).
SHIPPED_NAMES: dict[str, tuple[str, str]] = {
    "tmall_daily": ("天猫店铺·平日", "Tmall shop, ordinary day"),
    "tmall_double11": ("天猫店铺·双11", "Tmall shop, Singles' Day (双11)"),
    "baseline_no_bot": ("天猫店铺·无机器人(基线)", "Tmall shop, no bot (baseline)"),
    "bot70_warm": ("天猫店铺·70%机器人·热转接", "Tmall shop, 70% bot, warm handoff"),
    "bot70_cold": ("天猫店铺·70%机器人·冷转接", "Tmall shop, 70% bot, cold handoff"),
    "mmc_reference": ("M/M/c 参考模型", "M/M/c reference"),
    "tmall_unpaid": ("天猫店铺·下单未付款", "Tmall shop, unpaid orders"),
    "tmall_proactive": ("天猫店铺·主动服务", "Tmall shop, proactive service"),
    "tmall_kb_snowball": ("天猫店铺·知识库滚雪球", "Tmall shop, knowledge-base snowball"),
}

#: Names of the entry points the shipped scenarios use (map keys of
#: ``arrivals.entry_points``): (zh, en).
ENTRY_POINT_NAMES: dict[str, tuple[str, str]] = {
    "hot_product": ("爆款商品页", "best-seller product page"),
    "promo_page": ("活动页", "promotion page"),
    "order_page": ("订单页", "order page"),
    "search": ("搜索", "search"),
    "any": ("任意入口", "any entry"),
    "product_page": ("商品详情页", "product page"),
    "shop_home": ("店铺首页", "shop home page"),
    "live_stream": ("直播间", "live stream"),
}


def _index(lang: str) -> int:
    return 0 if lang == "zh" else 1


def is_shipped(path: str | Path | None) -> bool:
    """True for a file in the shipped scenarios folder."""
    if path is None or str(path) == "":
        return False
    try:
        return Path(path).resolve().parent == traffic_dir().resolve()
    except OSError:
        return False


def shipped_stem(path: str | Path | None) -> str | None:
    """The shipped scenario ``path`` names (a path in the shipped folder or a bare shipped
    name such as ``tmall_daily``), else ``None``."""
    if path is None or str(path) == "":
        return None
    p = Path(path)
    if p.stem in SHIPPED_NAMES and (is_shipped(p) or (p.name == str(path) and not p.exists())):
        return p.stem
    return None


def scenario_display_name(path: str | Path | None, name: str, lang: str) -> str:
    """A scenario's name in ``lang``: the shipped name for a shipped file, else its own
    ``name`` (which the scenario's author wrote in one language)."""
    stem = shipped_stem(path)
    if stem is not None:
        return SHIPPED_NAMES[stem][_index(lang)]
    return name


def entry_point_name(key: str, lang: str) -> str:
    """An entry point's name in ``lang``: ``hot_product`` -> ``爆款商品页``; an unknown key reads
    as itself."""
    names = ENTRY_POINT_NAMES.get(key)
    return names[_index(lang)] if names else key


def entry_mix_text(entry_points: Mapping[str, Any], lang: str) -> str:
    """The entry points and their shares as one phrase: ``爆款商品页 35%、活动页 20%`` (zh) or
    ``best-seller product page 35%, promotion page 20%`` (en). Values are ``EntryPoint``
    models (``.share``) or plain shares."""
    parts = []
    for key, entry in entry_points.items():
        share = float(getattr(entry, "share", entry))
        parts.append(f"{entry_point_name(key, lang)} {share:.0%}")
    return ("、" if lang == "zh" else ", ").join(parts)


def on_off(value: bool, lang: str) -> str:
    """A boolean as people read it: ``开``/``关`` (zh), ``on``/``off`` (en)."""
    if lang == "zh":
        return "开" if value else "关"
    return "on" if value else "off"


def format_value(value: Any, lang: str) -> str:
    """A scenario field value (a ``--grid`` or ``--set`` value) for a table, heat-map axis or
    report: booleans as 开/关 or on/off, ``None`` as 无/none, whole floats without ``.0``,
    mappings and lists as compact ``key: value`` text; anything else as ``str``."""
    if isinstance(value, bool):
        return on_off(value, lang)
    if value is None:
        return "无" if lang == "zh" else "none"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Mapping):
        inner = ", ".join(f"{k}: {format_value(v, lang)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(format_value(v, lang) for v in value) + "]"
    return str(value)


__all__ = [
    "ENTRY_POINT_NAMES",
    "SHIPPED_NAMES",
    "entry_mix_text",
    "entry_point_name",
    "format_value",
    "is_shipped",
    "on_off",
    "scenario_display_name",
    "shipped_stem",
]
