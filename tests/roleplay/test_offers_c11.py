"""Offer readings the fourth session's English corpus writer (W-corpus11) wrote and the rules
missed, each a general class: the return paid by us in other words, a choice whose second
option has no verb of its own, money straight back, and money off the next purchase."""

import pytest

from simulator.roleplay.moves import read_reply


def _offers(text: str) -> list[tuple[str | None, float | None]]:
    return sorted(
        (
            (m.kind or "", m.amount_yuan or 0.0)
            for m in read_reply(text, "en").moves
            if m.name == "offer_compensation"
        ),
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the return paid by us, said another way
        ("Pop them in a box and send them back on us.", [("free_return_shipping", 0.0)]),
        ("Drop the jacket off at any SF point, postage paid.", [("free_return_shipping", 0.0)]),
        ("Returns are free when we sent the wrong item.", [("free_return_shipping", 0.0)]),
        ("We'll swap it, no postage fee.", [("free_return_shipping", 0.0)]),
        ("You won't pay a penny for the exchange.", [("free_return_shipping", 0.0)]),
        (
            "Normally we'd charge for the return, but I'm waiving that.",
            [("free_return_shipping", 0.0)],
        ),
        ("Send it within 7 days and we'll cover the return.", [("free_return_shipping", 0.0)]),
        ("I've booked a pick-up for Thursday afternoon, free.", [("free_return_shipping", 0.0)]),
        ("Courier collects it tomorrow, nothing to pay.", [("free_return_shipping", 0.0)]),
        # a choice: the second option has no verb of its own
        ("Would you like ¥15 back, or a ¥25 voucher?", [("coupon", 25.0), ("refund", 15.0)]),
        # money straight back; money off whatever comes next is a coupon
        ("I can do ¥20 straight back to you.", [("refund", 20.0)]),
        ("Have ¥15 off anything you order next.", [("coupon", 15.0)]),
    ],
)
def test_offer_classes(text: str, want: list[tuple[str, float]]) -> None:
    assert _offers(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the return policy asked about, a return window, a free gift are no free return
        "What's your return policy for this one?",
        "Is the return window still open for you?",
    ],
)
def test_no_free_return(text: str) -> None:
    assert ("free_return_shipping", 0.0) not in _offers(text)
