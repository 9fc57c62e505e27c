"""Terminal presentation shared by ``kefulab train`` and ``kefulab progress``.

Messages in Chinese and English, optional ANSI colour (off when the stream is not a terminal or
``NO_COLOR`` is set), the anger meter, a sparkline for the anger curve and the text form of a
scorecard. Display names of endings, dimensions, moves and order facts come from
:mod:`simulator.roleplay.names`, which a window shares. Pure string building: nothing here reads
input or touches the engine's state.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, TextIO

from simulator.roleplay.coaching import penalty_labels
from simulator.roleplay.names import (
    ENDING_NAMES,
    LANGS,
    dimension_name,
    ending_name,
    order_fact_name,
)
from simulator.roleplay.records import Scorecard

__all__ = [
    "LANGS",
    "MESSAGES",
    "Style",
    "Text",
    "anger_meter",
    "clock",
    "colour_enabled",
    "local_time",
    "pad",
    "scorecard_lines",
    "sparkline",
    "width",
]

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        "scripts_header": "可练习的剧本:",
        "script_row": "{n:>3}. {id} {title} 难度 {difficulty}  [{lang}]\n       技能: {skills}",
        "pick": "请输入编号或剧本 id (回车退出): ",
        "pick_bad": "没有这个剧本: {choice}",
        "need_id": "未在终端中运行: 请在命令行给出 SCRIPT_ID,例如 kefulab train {example}",
        "no_scripts": "没有找到语言为 {lang} 的剧本。",
        "broken_script": "跳过无法加载的剧本: {error}",
        "unknown_script": "未知剧本 {id!r}; 可用: {ids}",
        "header": "剧本: {title} ({id})  难度 {difficulty}  学员: {trainee}  种子: {seed}",
        "persona": "顾客: {name}  会员: {vip}",
        "handoff_warm": "热转接: 顾客从机器人转来{reason}。之前的对话:",
        "handoff_cold": "冷转接: 顾客从机器人转来,你看不到之前的对话和资料。",
        "handoff_line": "  {who}: {text}",
        "handoff_bot": "机器人",
        "handoff_profile": "机器人收集的资料: {facts}",
        "facts": "订单: {facts}",
        "authority": "你的权限: 最多 ¥{refund} 退款 / ¥{coupon} 优惠券,超出需请示主管",
        "hint": "输入回复后回车。/kb 关键词 查知识库, /help 帮助, /quit 结束。计时已开始。",
        "help": (
            "/kb 关键词  查知识库(不算一次回复,但计时不停)\n"
            "/help       显示帮助\n"
            "/quit       结束对话(按顾客离开计)"
        ),
        "customer": "顾客",
        "you": "你",
        "prompt": "[{turn_s:>3.0f}s | 共 {total}] 你> ",
        "anger": "怒气",
        "patience": "耐心",
        "coach": "教练",
        "kb_none": "知识库里没有找到: {query}",
        "kb_usage": "用法: /kb 关键词,例如 /kb 续航",
        "kb_hit": "  {n}. {question}\n     {answer}",
        "quit": "你结束了对话。",
        "unknown_command": "未知命令 {cmd}; 输入 /help 查看",
        "report": "===== 评分报告 =====",
        "ending": "结局: {ending}",
        "consequence": "对店铺的影响: {text}",
        "cost": "成本 ¥{cost:g}",
        "total": "总分: {total:.0f}/100  {verdict}",
        "passed": "通过",
        "failed": "未通过 (80 分及格)",
        "blocked": "合规否决: {reasons}",
        "copied": "照抄参考答案: 第 {turns} 轮 (不计入任务和认证)",
        "flag_not_served": "未通过: 客户的问题没有解决 (结局不是已解决, 或没有给出方案)",
        "flag_repeated": "重复了之前的回复 (客户没看): 第 {turns} 轮",
        "flag_implausible_timing": "打字速度不合常理 (像是粘贴): 第 {turns} 轮",
        "flag_padding": "回复过长 (超过聊天消息的长度): 第 {turns} 轮",
        "flag_wrong_language": "没用店铺的语言回复: 第 {turns} 轮",
        "flag_unsure": "客户没看懂、追问了 (不计分): 第 {turns} 轮",
        "dimension": "{name} {score:g}/{max:g}",
        "evidence": "你说的: “{text}”",
        "no_evidence": "你说的: (没有相关的话)",
        "suggestion": "更好的说法: {text}",
        "penalties": "失分点:",
        "anger_curve": "怒气曲线: {spark}  ({first:.0f} → {last:.0f}, 最高 {peak:.0f})",
        "saved": "已保存到 {path} (会话 #{session})",
        "json_written": "报告 JSON 已写入 {path}",
        "replay_ran_out": "记录用完了,对话未结束: 按顾客离开计。",
        "no_sessions": "还没有练习记录{who}。用 kefulab train 开始练习吧。",
        "sessions": "练习记录{who}:",
        "session_row": "#{id:<4} {date}  {script}  {ending}  {total} 分 {verdict} {turns} 轮",
        "unfinished": "未完成",
        "trend": "各维度得分 (占满分的百分比):",
        "weakest": "最弱的技能:",
        "weak_row": "{n}. {name}: 平均 {share:.0%} ({count} 次)",
        "weak_hint": "   参考说法: {text}",
        "csv_written": "历史记录已导出到 {path} ({rows} 条会话)",
        "exam": "考试",
        "copied_tag": "有照抄",
    },
    "en": {
        "scripts_header": "Scripts to practise:",
        "script_row": "{n:>3}. {id} {title} difficulty {difficulty}  [{lang}]\n       skills: {skills}",
        "pick": "Number or script id (Enter to leave): ",
        "pick_bad": "No such script: {choice}",
        "need_id": "Not a terminal: pass SCRIPT_ID on the command line, e.g. kefulab train {example}",
        "no_scripts": "No scripts in language {lang}.",
        "broken_script": "skipped a script that does not load: {error}",
        "unknown_script": "unknown script {id!r}; valid ids: {ids}",
        "header": "Script: {title} ({id})  difficulty {difficulty}  trainee: {trainee}  seed: {seed}",
        "persona": "Customer: {name}  VIP tier: {vip}",
        "handoff_warm": "Warm handoff: the customer comes from the bot{reason}. The chat so far:",
        "handoff_cold": "Cold handoff: the customer comes from the bot; you cannot see that chat.",
        "handoff_line": "  {who}: {text}",
        "handoff_bot": "Bot",
        "handoff_profile": "What the bot collected: {facts}",
        "facts": "Order: {facts}",
        "authority": (
            "Your authority: refunds up to ¥{refund}, coupons up to ¥{coupon}; "
            "above that, escalate to a supervisor"
        ),
        "hint": "Type a reply and press Enter. /kb WORDS searches the knowledge base, /help, /quit. "
        "The clock is running.",
        "help": (
            "/kb WORDS   search the knowledge base (not a reply, but the clock keeps running)\n"
            "/help       show this help\n"
            "/quit       end the chat (counts as the customer leaving)"
        ),
        "customer": "Customer",
        "you": "You",
        "prompt": "[{turn_s:>3.0f}s | total {total}] you> ",
        "anger": "anger",
        "patience": "patience",
        "coach": "coach",
        "kb_none": "Nothing in the knowledge base for: {query}",
        "kb_usage": "Usage: /kb WORDS, e.g. /kb battery life",
        "kb_hit": "  {n}. {question}\n     {answer}",
        "quit": "You ended the chat.",
        "unknown_command": "Unknown command {cmd}; type /help",
        "report": "===== Report =====",
        "ending": "Ending: {ending}",
        "consequence": "For the shop: {text}",
        "cost": "cost ¥{cost:g}",
        "total": "Total: {total:.0f}/100  {verdict}",
        "passed": "PASSED",
        "failed": "NOT PASSED (pass mark 80)",
        "blocked": "Blocked by compliance: {reasons}",
        "flag_not_served": "Not passed: the customer's problem was not resolved (no resolving ending, or no solution offered)",
        "flag_repeated": "Repeated an earlier reply (the customer skipped it): turn {turns}",
        "flag_implausible_timing": "Typed faster than a person types (pasted?): turn {turns}",
        "flag_padding": "Longer than a chat message: turn {turns}",
        "flag_wrong_language": "Not in the shop's language: turn {turns}",
        "flag_unsure": "The customer asked what you meant (not scored): turn {turns}",
        "copied": "Copied from a model answer: turn {turns} (not counted for assignments or "
        "certification)",
        "dimension": "{name} {score:g}/{max:g}",
        "evidence": "You said: “{text}”",
        "no_evidence": "You said: (nothing that counted here)",
        "suggestion": "Better: {text}",
        "penalties": "Points lost:",
        "anger_curve": "Anger curve: {spark}  ({first:.0f} → {last:.0f}, peak {peak:.0f})",
        "saved": "Saved to {path} (session #{session})",
        "json_written": "JSON report written to {path}",
        "replay_ran_out": "The transcript ran out before an ending: the customer left.",
        "no_sessions": "No practice sessions yet{who}. Start one with kefulab train.",
        "sessions": "Sessions{who}:",
        "session_row": "#{id:<4} {date}  {script}  {ending}  {total} {verdict} {turns} turns",
        "unfinished": "unfinished",
        "trend": "Score per dimension (share of the maximum):",
        "weakest": "Weakest skills:",
        "weak_row": "{n}. {name}: mean {share:.0%} over {count} session(s)",
        "weak_hint": "   Try: {text}",
        "csv_written": "History written to {path} ({rows} session(s))",
        "exam": "exam",
        "copied_tag": "copied",
    },
}


class Text:
    """Messages of one UI language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in MESSAGES else "en"

    def __call__(self, key: str, **fields: Any) -> str:
        return MESSAGES[self.lang][key].format(**fields)

    def ending(self, name: str | None) -> str:
        """An ending's display name (``unfinished`` for a session that never ended)."""
        if name is None:
            return self("unfinished")
        return ending_name(name, self.lang)

    def order_fact(self, name: str) -> str:
        return order_fact_name(name, self.lang)

    def dimension(self, name: str) -> str:
        return dimension_name(name, self.lang)


def colour_enabled(stream: TextIO, env: Mapping[str, str] | None = None) -> bool:
    """ANSI colour only on a terminal and only when ``NO_COLOR`` is unset."""
    env = os.environ if env is None else env
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not env.get("NO_COLOR")


class Style:
    """Wraps text in ANSI codes, or returns it unchanged when colour is off."""

    CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __getattr__(self, name: str):
        code = self.CODES.get(name)
        if code is None:
            raise AttributeError(name)
        return lambda text: f"\x1b[{code}m{text}\x1b[0m" if self.enabled else str(text)


def anger_meter(anger: float, style: Style, width: int = 20, top: float = 100.0) -> str:
    """A bar such as ``[██████████░░░░░░░░░░]  50/100``, red when hot."""
    share = min(max(anger / top, 0.0), 1.0)
    filled = round(share * width)
    bar = "█" * filled + "░" * (width - filled)
    paint = style.red if share >= 0.7 else style.yellow if share >= 0.4 else style.green
    return f"[{paint(bar)}] {anger:>3.0f}/{top:.0f}"


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float], low: float = 0.0, high: float = 100.0) -> str:
    """One block character per value, scaled between ``low`` and ``high``."""
    span = high - low or 1.0
    out = []
    for v in values:
        share = min(max((v - low) / span, 0.0), 1.0)
        out.append(SPARKS[min(int(share * len(SPARKS)), len(SPARKS) - 1)])
    return "".join(out)


def width(text: str) -> int:
    """Columns a string takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    """Pad to ``columns`` terminal columns (left-aligned unless ``right``)."""
    fill = " " * max(0, columns - width(text))
    return fill + text if right else text + fill


def local_time(iso: str | None) -> str:
    """A stored UTC timestamp as local ``YYYY-MM-DD HH:MM``."""
    if not iso:
        return "-"
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]


def clock(seconds: float) -> str:
    """``m:ss`` for a running total."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def scorecard_lines(
    scorecard: Scorecard, text: Text, style: Style, exam: bool = False
) -> list[str]:
    """The scorecard as printable lines: ending, total, flags, dimensions, anger curve.
    ``exam``: no model answers (the suggestions), as in the trainer window's exam mode."""
    lines = [style.bold(text("report")), text("ending", ending=text.ending(scorecard.ending))]
    consequence = scorecard.ending_consequence or {}
    if consequence.get("text"):
        extra = []
        if consequence.get("cost_yuan"):
            extra.append(text("cost", cost=consequence["cost_yuan"]))
        if consequence.get("stars"):
            extra.append("★" * int(consequence["stars"]) + "☆" * (5 - int(consequence["stars"])))
        tail = f" ({', '.join(extra)})" if extra else ""
        lines.append(text("consequence", text=consequence["text"]) + tail)
    passed = bool(scorecard.passed)
    verdict = style.green(text("passed")) if passed else style.red(text("failed"))
    lines.append(style.bold(text("total", total=float(scorecard.total), verdict=verdict)))
    if scorecard.blocked:
        reasons = "; ".join(scorecard.block_reasons) or "-"
        lines.append(style.red(text("blocked", reasons=reasons)))
    if scorecard.copied_turns:
        turns = ", ".join(str(t) for t in scorecard.copied_turns)
        lines.append(style.red(text("copied", turns=turns)))
    for flag, flagged in (getattr(scorecard, "flags", None) or {}).items():
        if flag != "copied":
            turns = ", ".join(str(t) for t in flagged)
            lines.append(style.red(text(f"flag_{flag}", turns=turns)))
    lines.append("")
    for name, dim in scorecard.dimensions.items():
        head = text("dimension", name=text.dimension(name), score=dim.score, max=dim.max)
        # English names the dimension's key too (as the JSON has it); Chinese shows no keys
        tag = f"  ({name})" if text.lang != "zh" and text.dimension(name) != name else ""
        lines.append(style.bold(head) + tag)
        evidence = _as_text(dim.evidence)
        lines.append("  " + (text("evidence", text=evidence) if evidence else text("no_evidence")))
        suggestion = _as_text(dim.suggestion)
        if suggestion and dim.score < dim.max and not exam:
            lines.append("  " + style.cyan(text("suggestion", text=suggestion)))
    lost = penalty_lines(scorecard, text)
    if lost:
        lines.append("")
        lines.append(style.bold(text("penalties")))
        lines += [f"  {style.red(line)}" for line in lost]
    curve = [float(a) for a in scorecard.anger_curve]
    if curve:
        lines.append("")
        lines.append(
            text(
                "anger_curve",
                spark=sparkline(curve),
                first=curve[0],
                last=curve[-1],
                peak=max(curve),
            )
        )
    return lines


def penalty_lines(scorecard: Scorecard, text: Text) -> list[str]:
    """:func:`~simulator.roleplay.coaching.penalty_labels`, and in Chinese with the
    dimensions and endings by name (``不指责 -3.8: ... (被迫退款)``) instead of their keys
    (``no_blame``, ``refund_forced``)."""
    lines = penalty_labels(scorecard)
    if text.lang != "zh":
        return lines
    out = []
    for line, p in zip(lines, scorecard.penalties, strict=True):
        where = f"#{p.turn} " if p.turn else ""
        head = f"{where}{p.dimension} -{p.points:g}: "
        if line.startswith(head):
            line = f"{where}{text.dimension(p.dimension)} -{p.points:g}: " + line[len(head) :]
        if p.reason and p.reason in ENDING_NAMES["zh"] and line.endswith(f" ({p.reason})"):
            line = line[: -len(p.reason) - 2] + f"({ending_name(p.reason, 'zh')})"
        out.append(line)
    return out


def _as_text(value: Any) -> str:
    """Evidence may be one quote or several; show them on one line."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return " / ".join(str(v).strip() for v in value if str(v).strip())
