"""Display names of the trainer's vocabulary in Chinese and English: one source for every front end.

Endings, rubric dimensions, moves (and the pseudo-moves and structure stages that penalties
name) and order facts, as the terminal trainer, ``kefulab progress`` and the desktop window show
them. Identifiers stay the contract (``resolved_happy``, ``no_blame``...); these are labels only.
A name without a label in a language is shown as is, and an unknown language falls back to
English.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = [
    "DIMENSION_NAMES",
    "ENDING_NAMES",
    "LANGS",
    "MOVE_NAMES",
    "ORDER_FACT_NAMES",
    "TERM_NAMES",
    "dimension_name",
    "ending_name",
    "move_name",
    "order_fact_name",
]

#: Languages with display names.
LANGS = ("zh", "en")

#: How a session ended (keys: :data:`simulator.roleplay.script.ENDINGS`).
ENDING_NAMES: Mapping[str, Mapping[str, str]] = {
    "zh": {
        "resolved_happy": "圆满解决",
        "resolved_neutral": "基本解决",
        "escalated_to_supervisor": "升级到主管",
        "bad_review": "差评",
        "refund_forced": "被迫退款",
        "customer_left": "顾客离开",
    },
    "en": {
        "resolved_happy": "resolved, customer happy",
        "resolved_neutral": "resolved, customer lukewarm",
        "escalated_to_supervisor": "escalated to a supervisor",
        "bad_review": "bad review",
        "refund_forced": "forced refund",
        "customer_left": "customer left",
    },
}

#: Rubric dimensions (keys: :data:`simulator.roleplay.script.DIMENSIONS`).
DIMENSION_NAMES: Mapping[str, Mapping[str, str]] = {
    "zh": {
        "empathy": "共情",
        "no_blame": "不指责",
        "responsibility": "担当",
        "structure": "结构",
        "timeliness": "及时",
        "resolution": "解决",
        "compliance": "合规",
    },
    "en": {
        "empathy": "empathy",
        "no_blame": "no blame",
        "responsibility": "responsibility",
        "structure": "structure",
        "timeliness": "timeliness",
        "resolution": "resolution",
        "compliance": "compliance",
    },
}

#: Moves as coaching lines say them (keys: :data:`simulator.roleplay.lexicon.MOVES`).
MOVE_NAMES: Mapping[str, Mapping[str, str]] = {
    "zh": {
        "greeting": "问候",
        "acknowledge_emotion": "共情",
        "apology": "道歉",
        "take_responsibility": "承担责任",
        "thank_for_feedback": "感谢反馈",
        "explain_cause": "解释原因",
        "offer_solution": "给出方案",
        "offer_compensation": "补偿",
        "ask_clarifying_question": "确认问题",
        "exchange_or_upsell_offer": "换货/推荐",
        "escalate_to_supervisor": "升级主管",
        "promise_followup": "承诺跟进",
        "negation_or_blame": "否定/指责客户",
        "mechanical_phrase": "机械话术",
        "off_topic": "答非所问",
    },
    "en": {
        "greeting": "greeting",
        "acknowledge_emotion": "acknowledging the feeling",
        "apology": "apology",
        "take_responsibility": "taking responsibility",
        "thank_for_feedback": "thanking for the feedback",
        "explain_cause": "explaining the cause",
        "offer_solution": "a concrete solution",
        "offer_compensation": "compensation",
        "ask_clarifying_question": "a clarifying question",
        "exchange_or_upsell_offer": "an exchange/alternative",
        "escalate_to_supervisor": "escalating to a supervisor",
        "promise_followup": "a follow-up promise",
        "negation_or_blame": "negating/blaming the customer",
        "mechanical_phrase": "a canned phrase",
        "off_topic": "an off-topic reply",
    },
}

#: Other names penalties use: pseudo-moves and the stages of the conversation structures.
TERM_NAMES: Mapping[str, Mapping[str, str]] = {
    "zh": {
        "soothing": "安抚情绪",
        "slow_reply": "回复太慢",
        "violation": "违规",
        "reasked": "重复询问机器人已收集的信息",
        "fact": "说出事实",
        "problem": "确认问题",
        "soothe": "安抚",
        "cause": "原因",
        "solution": "方案",
        "prevention": "预防/跟进",
        "point": "结论先行",
        "reason": "理由",
        "close": "收尾",
        "feature": "特点",
        "advantage": "优势",
        "benefit": "利益",
        "not_served": "客户问题没有解决",
        "not_engaged": "没有回应客户",
        "no_solution": "没有给出方案",
        "padding": "回复过长",
        "too_long": "长到客户不看",
        "wrong_language": "语言不对",
        "repeated": "重复之前的回复",
    },
    "en": {
        "soothing": "soothing",
        "slow_reply": "slow reply",
        "violation": "violation",
        "reasked": "asking again for what the bot collected",
        "fact": "stating a fact",
        "problem": "problem",
        "soothe": "soothe",
        "cause": "cause",
        "solution": "solution",
        "prevention": "prevention",
        "point": "point",
        "reason": "reason",
        "close": "close",
        "feature": "feature",
        "advantage": "advantage",
        "benefit": "benefit",
        "not_served": "customer not served",
        "not_engaged": "not engaging with the customer",
        "no_solution": "no solution offered",
        "padding": "padding",
        "too_long": "too long to read",
        "wrong_language": "wrong language",
        "repeated": "repeating an earlier reply",
    },
}

#: Order facts shown in a script's header.
ORDER_FACT_NAMES: Mapping[str, Mapping[str, str]] = {
    "zh": {
        "order_id": "订单号",
        "order_date": "下单",
        "promised_date": "承诺送达",
        "days_late": "已延迟(天)",
        "status": "状态",
        "courier": "快递公司",
        "trip": "行程",
        "weight_kg": "体重(公斤)",
        "height_cm": "身高(厘米)",
        "reason": "原因",
        "event": "场合",
        "error_code": "故障码",
        "demand_yuan": "顾客索赔(元)",
        "usual_size": "平时尺码",
        "used_days": "已使用(天)",
        "tried": "已尝试",
        "sport": "运动",
        "shop_coupons": "店铺券",
        "platform_discount": "平台优惠",
        "other_shop_price_yuan": "别家价格(元)",
        "final_price_yuan": "到手价(元)",
        "leave_taken": "已请假",
        "impact": "影响",
        "flight_hours": "飞行时长(小时)",
        "earlier_problems": "此前的问题",
        "commute": "通勤",
        "color_issue": "颜色问题",
        "claim": "顾客主张",
        "batch": "批次",
        "baby_age_months": "宝宝月龄",
        "price_protection_days": "价保天数",
    },
    "en": {
        "order_id": "order",
        "order_date": "ordered",
        "promised_date": "promised by",
        "days_late": "days late",
        "status": "status",
        "courier": "courier",
        "trip": "trip",
        "weight_kg": "weight (kg)",
        "height_cm": "height (cm)",
        "reason": "reason",
        "event": "occasion",
        "error_code": "error code",
        "demand_yuan": "customer demands (yuan)",
        "usual_size": "usual size",
        "used_days": "days in use",
        "tried": "already tried",
        "sport": "sport",
        "shop_coupons": "shop coupons",
        "platform_discount": "platform discount",
        "other_shop_price_yuan": "other shop's price (yuan)",
        "final_price_yuan": "final price (yuan)",
        "leave_taken": "leave taken",
        "impact": "impact",
        "flight_hours": "flight (hours)",
        "earlier_problems": "earlier problems",
        "commute": "commute",
        "color_issue": "colour issue",
        "claim": "claim",
        "batch": "batch",
        "baby_age_months": "baby's age (months)",
        "price_protection_days": "price protection (days)",
    },
}


def _lookup(table: Mapping[str, Mapping[str, str]], name: str, lang: str) -> str:
    return table.get(lang, table["en"]).get(name, name)


def ending_name(ending: str, lang: str = "zh") -> str:
    """How an ending is shown, e.g. ``resolved_happy`` → 圆满解决."""
    return _lookup(ENDING_NAMES, ending, lang)


def dimension_name(dimension: str, lang: str = "zh") -> str:
    """How a rubric dimension is shown, e.g. ``no_blame`` → 不指责."""
    return _lookup(DIMENSION_NAMES, dimension, lang)


def move_name(move: str, lang: str = "zh") -> str:
    """How a move, pseudo-move or structure stage is shown, e.g. ``apology`` → 道歉."""
    moves = MOVE_NAMES.get(lang, MOVE_NAMES["en"])
    return moves.get(move) or _lookup(TERM_NAMES, move, lang)


def order_fact_name(fact: str, lang: str = "zh") -> str:
    """How an order fact is labelled, e.g. ``days_late`` → 已延迟(天); a fact a script adds
    without a name here is shown with its words spaced (``new_fact`` → "new fact")."""
    return ORDER_FACT_NAMES.get(lang, ORDER_FACT_NAMES["en"]).get(fact) or fact.replace("_", " ")
