"""What a calibration found, in one paragraph: days, volume, re-contacts, peak, promo days."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gui.pages.calibrate.fit import CalibrationFit


class FitSummary(QLabel):
    """A selectable, word-wrapped summary of a :class:`CalibrationFit`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_fit(self, fit: CalibrationFit | None) -> None:
        """Describe ``fit`` (``None``: empty) in the current language."""
        self.setText(self.describe(fit) if fit is not None else "")

    def describe(self, fit: CalibrationFit) -> str:
        cal = fit.calibration
        peak = max(range(24), key=lambda h: cal.hourly_profile[h])
        text = self.tr(
            "{days} days fitted: {observed:,.0f} sessions per ordinary day, of which "
            "{first:,.0f} first contacts (re-contact factor {factor:.3f}); busiest hour "
            "{peak:02d}:00 ({share:.1f}% of the day)."
        ).format(
            days=len(cal.days),
            observed=cal.observed_sessions_per_day,
            first=cal.sessions_per_day,
            factor=cal.recontact_factor,
            peak=peak,
            share=cal.hourly_profile[peak],
        )
        promo = [
            f"{d} (×{m:.2f})"
            for d, m in zip(cal.days, cal.day_multipliers, strict=True)
            if d in cal.promo_days
        ]
        text += " " + self.tr("Promo days: {days}.").format(
            days=", ".join(promo) if promo else self.tr("none")
        )
        if cal.incomplete_days:
            text += " " + self.tr("Left out (not 24 hours): {days}.").format(
                days=", ".join(str(d) for d, _ in cal.incomplete_days)
            )
        return text
