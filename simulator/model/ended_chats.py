"""Running counts of the chats the agents finished, for :mod:`simulator.model.snapshot`.

Each chat is counted once, when the first snapshot after its end reads it off the list the
desks' ``on_end`` hook fills with (batch, index) pairs (the chat itself is freed as it ends).
What does not depend on how the chat went (presale or not, arrived in the warm-up or not, and
whether it orders if not resolved) is worked out once per batch, in numpy, as one byte a
session; the per-chat loop then reads the outcome (resolved, abandoned, FRT) and
adds one to one of 16 cells, so it costs a few list and memoryview reads per chat. Many chats
at once (a snapshot after a long step, as the workbench takes them) are counted in numpy
instead, a few array operations per batch, with the same arithmetic.
"""

from __future__ import annotations

import math
from operator import itemgetter

import numpy as np

from simulator.model.human_view import HumanView
from simulator.model.tallies import RunningPercentile
from simulator.scenario.schema import INTENTS, Scenario

PRESALE = INTENTS.index("presale")
# bits of a session's byte and of a cell: presale, warm-up, orders (if not resolved / did)
_PRESALE, _EARLY, _ORDERS = 1, 2, 4
_GONE = 8  # a cell's bit only: abandoned
_VIEW, _INDEX = itemgetter(0), itemgetter(1)
#: chats read at once from which they are counted in numpy rather than one at a time
VECTOR_MIN = 64


class EndedChats:
    """Counts of the chats agents finished: ended, resolved, abandoned, orders, presale, their
    orders; those of the warm-up apart; the FRTs of the others in a running percentile."""

    def __init__(self, s: Scenario, warmup_s: float, frt_threshold_s: float) -> None:
        self.warmup_s = warmup_s
        self.frt_threshold_s = frt_threshold_s
        convs = [s.intents[i].conversion for i in INTENTS]
        # (base + human_lift, wait_decay_s) of each intent that converts
        self._resolved_conv = [
            None if c is None else (c.base + c.human_lift, c.wait_decay_s) for c in convs
        ]
        # the same per intent as arrays (an intent that does not convert: never an order)
        self._conv_peak = np.array([0.0 if c is None else c[0] for c in self._resolved_conv])
        self._conv_decay = np.array([1.0 if c is None else c[1] for c in self._resolved_conv])
        self._lost = np.array([0.0 if c is None else c.lost for c in convs])
        self._converts = np.array([c is not None for c in convs])
        self._invite_lift = s.proactive.invitations.conversion_lift
        self._batches: dict[HumanView, tuple] = {}  # see _prepare
        self.cells = [0] * 16  # chats per (presale, warm-up, ordered, abandoned)
        self.ended = self.resolved = 0
        self.frt = RunningPercentile(90)
        self.frt_p90_s = self.frt.value()  # read after each count
        self.frt_sla = 0  # post-warm-up FRTs within the threshold
        self.sums = self._sums()

    def _prepare(self, view: HumanView) -> tuple:
        """The per-session byte of ``view``'s batch, its ``u_convert`` and invitation lift,
        memoryviews of the outcome columns the count reads, and the bytes again as an array."""
        b = view.batch
        # a proactive invitation's chat (its own batch) orders with the invitation's lift
        lift = self._invite_lift if "invited" in b.outcome else 0.0
        intent = b.intent.astype(np.intp)
        # as finish_log decides it: a chat not resolved orders with chance min(lost + lift, 1)
        lost = np.minimum(self._lost[intent] + lift, 1.0)
        orders = self._converts[intent] & (b.u_convert < lost)
        code = (intent == PRESALE) * _PRESALE + orders * _ORDERS
        if self.warmup_s:
            code += (b.arrival_s < self.warmup_s) * _EARLY
        code = code.astype(np.uint8)
        out = b.outcome
        # the count's own views of the columns (the batch's view lets its own go when its last
        # chat is over); the columns live as long as the batch
        prep = (
            code.tobytes(),
            memoryview(b.u_convert),
            lift,
            memoryview(out["frt_s"]),
            memoryview(out["resolved"]),
            memoryview(out["abandoned"]),
            memoryview(b.intent),
            code,
        )
        self._batches[view] = prep
        return prep

    def count(self, ended: list[tuple[HumanView, int]]) -> None:
        """Count chats that have just ended, each as (its batch's view, its index).

        A resolved chat always had a human reply (an FRT), which makes its chance of an order
        ``min((base + human_lift) * exp(-frt / decay), 1)`` plus the invitation's lift, capped
        at 1, as finish_log decides it (a test checks the two agree)."""
        if len(ended) >= VECTOR_MIN:
            self.count_groups(_groups(ended))
            return
        cells, conv, threshold = self.cells, self._resolved_conv, self.frt_threshold_s
        exp = math.exp
        frts: list[float] = []
        append = frts.append
        last = codes = u = lift = frt_s = resolved = abandoned = intent = None
        done = sla = 0
        for view, i in ended:
            if view is not last:  # most chats in a row are of one batch
                prep = self._batches.get(view) or self._prepare(view)
                codes, u, lift, frt_s, resolved, abandoned, intent, _ = prep
                last = view
            c = codes[i]
            frt = frt_s[i]
            if resolved[i]:
                done += 1
                c &= 3
                k = conv[intent[i]]
                # u < min(min(p, 1) + lift, 1) is u < p + lift: u is below 1 and lift is not
                # negative, so neither cap changes the outcome (and min() is slow)
                if k is not None and u[i] < k[0] * exp(-frt / k[1]) + lift:
                    c |= _ORDERS
            elif abandoned[i]:
                c |= _GONE
            cells[c] += 1
            if frt == frt and not c & _EARLY:
                append(frt)
                if frt <= threshold:
                    sla += 1
        self.ended += len(ended)
        if frts:
            self.frt.extend(frts)
            self.frt_sla += sla
            self.frt_p90_s = self.frt.value()
        self.resolved += done
        self.sums = self._sums()

    def count_groups(self, groups: list[tuple[HumanView, np.ndarray]]) -> None:
        """:meth:`count` in numpy, batch by batch, for chats given as (view, their indices):
        the same cells, FRTs and orders."""
        cells = np.zeros(16, np.int64)
        n = done = 0
        frts = []
        for view, idx in groups:
            prep = self._batches.get(view) or self._prepare(view)
            lift, codes = prep[2], prep[7]
            b = view.batch
            out = b.outcome
            frt = out["frt_s"][idx]
            resolved = out["resolved"][idx]
            intent = b.intent[idx].astype(np.intp)
            # as the loop in count: min(min(p, 1) + lift, 1), p from the peak and the decay
            p = self._conv_peak[intent] * np.exp(-frt / self._conv_decay[intent])
            p = np.minimum(np.minimum(p, 1.0) + lift, 1.0)
            ordered = self._converts[intent] & (b.u_convert[idx] < p)
            code = codes[idx]
            cell = np.where(
                resolved,
                (code & 3) | (ordered * _ORDERS),
                code | (out["abandoned"][idx] * _GONE),
            )
            cells += np.bincount(cell, minlength=16)
            n += idx.size
            done += int(np.count_nonzero(resolved))
            frts.append(frt[(frt == frt) & ((cell & _EARLY) == 0)])
        self.cells = [a + int(k) for a, k in zip(self.cells, cells, strict=True)]
        self.ended += n
        self.resolved += done
        frts = np.concatenate(frts) if frts else np.empty(0)
        if frts.size:
            self.frt.extend(frts)
            self.frt_sla += int(np.count_nonzero(frts <= self.frt_threshold_s))
            self.frt_p90_s = self.frt.value()
        self.sums = self._sums()

    def _sums(self) -> tuple[int, ...]:
        """Abandoned, orders, presale, presale orders; then of the warm-up: ended, abandoned,
        presale, presale orders."""
        c = self.cells
        # cell index: presale 1, warm-up 2, ordered 4, abandoned 8
        gone = c[8] + c[9] + c[10] + c[11] + c[12] + c[13] + c[14] + c[15]
        orders = c[4] + c[5] + c[6] + c[7] + c[12] + c[13] + c[14] + c[15]
        presale = c[1] + c[3] + c[5] + c[7] + c[9] + c[11] + c[13] + c[15]
        presale_orders = c[5] + c[7] + c[13] + c[15]
        early = c[2] + c[3] + c[6] + c[7] + c[10] + c[11] + c[14] + c[15]
        early_gone = c[10] + c[11] + c[14] + c[15]
        early_presale = c[3] + c[7] + c[11] + c[15]
        early_presale_orders = c[7] + c[15]
        return (
            gone,
            orders,
            presale,
            presale_orders,
            early,
            early_gone,
            early_presale,
            early_presale_orders,
        )


def _groups(ended: list[tuple[HumanView, int]]) -> list[tuple[HumanView, np.ndarray]]:
    """The views of ``ended`` in order of first appearance, each with its chats' indices."""
    n = len(ended)
    views = list(map(_VIEW, ended))
    at = np.array(list(map(_INDEX, ended)), np.intp)
    first = views[0]
    if views.count(first) == n:
        return [(first, at)]
    which = {v: k for k, v in enumerate(dict.fromkeys(views))}
    key = np.array(list(map(which.__getitem__, views)), np.intp)
    order = np.argsort(key, kind="stable")
    bounds = np.searchsorted(key[order], np.arange(len(which) + 1))
    at = at[order]
    return [(v, at[bounds[k] : bounds[k + 1]]) for v, k in which.items()]
