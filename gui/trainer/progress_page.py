"""The progress page: a trainee's rubric dimensions over time, weakest skills, what to practise
next and their certificates.

``ProgressPage(store, scripts)`` reads everything from the progress store on :meth:`refresh`
(the window calls it after a session, or :meth:`set_trainee` when the trainee changes).
Double-clicking a recommended script emits :attr:`scriptChosen` with the script, as the
script chooser does.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from gui.trainer.history_export import HistoryExport
from gui.trainer.progress_chart import progress_figure
from simulator.common.errors import KefuLabError
from simulator.roleplay.certification import CertificationPlan, load_certification_plan
from simulator.roleplay.names import dimension_name
from simulator.roleplay.recommend import recommend_for
from simulator.roleplay.script_schema import Script
from simulator.roleplay.store import ProgressStore

__all__ = ["ProgressPage"]


class ProgressPage(QWidget):
    """Per trainee: the dimension chart, weakest skills, recommendations, certificates.

    Args:
        store: the progress store (``None``: nothing to show).
        scripts: the scripts that can be recommended.
        trainee: whose progress to show first (default: the first stored trainee).
        plan: the certificates (default: the shipped ``certification.yaml``).
    """

    scriptChosen = Signal(object)  # noqa: N815 (Qt signal naming) - a Script

    def __init__(
        self,
        store: ProgressStore | None,
        scripts: Sequence[Script] = (),
        trainee: str | None = None,
        plan: CertificationPlan | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stale = False
        self.store = store
        self.scripts = {s.id: s for s in scripts}
        self._plan = plan
        self._plan_error = ""
        self.trainee_label = QLabel(self)
        self.trainee_box = QComboBox(self)
        self.trainee_box.setMinimumWidth(160)
        self.export = HistoryExport(self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.figure = Figure(figsize=(8.0, 3.6), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(300)
        self.weak_box = QGroupBox(self)
        self.weak_label = _rich_label(self.weak_box)
        self.next_box = QGroupBox(self)
        self.next_list = QListWidget(self.next_box)
        self.next_list.itemActivated.connect(self._choose)
        self.cert_box = QGroupBox(self)
        self.cert_label = _rich_label(self.cert_box)
        for box, child in (
            (self.weak_box, self.weak_label),
            (self.next_box, self.next_list),
            (self.cert_box, self.cert_label),
        ):
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 6, 8, 8)
            inner.addWidget(child)

        top = QHBoxLayout()
        top.addWidget(self.trainee_label)
        top.addWidget(self.trainee_box)
        top.addStretch(1)
        top.addWidget(self.export.result)
        top.addWidget(self.export.button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.weak_box, 1)
        bottom.addWidget(self.next_box, 1)
        bottom.addWidget(self.cert_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bottom)

        self.trainee_box.currentTextChanged.connect(self._trainee_changed)
        self.retranslate()
        self.set_trainee(trainee)

    # -- public ------------------------------------------------------------------------------
    @property
    def trainee(self) -> str | None:
        return self.trainee_box.currentText() or None

    def set_trainee(self, name: str | None) -> None:
        """Show ``name``'s progress (added to the list if the store does not know them yet)."""
        names = self.store.trainees() if self.store is not None else []
        if name and name not in names:
            names = [name, *names]
        self.trainee_box.blockSignals(True)
        self.trainee_box.clear()
        self.trainee_box.addItems(names)
        if name:
            self.trainee_box.setCurrentText(name)
        self.trainee_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the store and redraw everything for the current trainee."""
        lang = current_language()
        trainee = self.trainee
        self.export.set_source(self.store, trainee)
        history = (
            self.store.dimension_history(trainee) if self.store is not None and trainee else []
        )
        progress_figure(history, lang=lang, fig=self.figure)
        self.canvas.draw_idle()
        self._show_summary(history)
        self._show_weakest(trainee, lang)
        self._show_recommendations(trainee, lang)
        self._show_certificates(trainee, lang)

    # -- parts -------------------------------------------------------------------------------
    def _show_summary(self, history: list) -> None:
        if not history:
            self.summary.setText(self.tr("No finished session yet"))
            return
        totals = [s.total for s, _ in history if s.total is not None]
        passed = sum(1 for s, _ in history if s.passed)
        exams = sum(1 for s, _ in history if s.mode == "exam")
        text = self.tr("{n} session(s) · best {best:.0f} · latest {last:.0f} · {passed} passed")
        text = text.format(n=len(history), best=max(totals), last=totals[-1], passed=passed)
        if exams:
            text += " · " + self.tr("{n} exam(s)").format(n=exams)
        self.summary.setText(text)

    def _show_weakest(self, trainee: str | None, lang: str) -> None:
        weak = self.store.weakest_skills(trainee, n=3) if self.store and trainee else []
        if not weak:
            self.weak_label.setText(self.tr("Nothing weak yet: finish a session first."))
            return
        rows = []
        for w in weak:
            head = self.tr("{name}: {share:.0%} of the points on average").format(
                name=escape(dimension_name(w.dimension, lang)), share=w.mean_share
            )
            rows.append(f"<li><b>{head}</b>")
            if w.last_suggestion:
                tip = self.tr("Try: {text}").format(text=escape(w.last_suggestion))
                rows.append(f"<br><span style='color:#1f6f8b'>{tip}</span>")
            rows.append("</li>")
        self.weak_label.setText(f"<ol style='margin-left:-20px'>{''.join(rows)}</ol>")

    def _show_recommendations(self, trainee: str | None, lang: str) -> None:
        self.next_list.clear()
        if self.store is None or not trainee or not self.scripts:
            return
        for rec in recommend_for(self.store, trainee, list(self.scripts.values())):
            trains = ", ".join(dimension_name(d, lang) for d in rec.dimensions[:2])
            text = self.tr("{title} (difficulty {d})").format(title=rec.title, d=rec.difficulty)
            if trains:
                text += "\n" + self.tr("trains: {skills}").format(skills=trains)
            item = QListWidgetItem(text, self.next_list)
            item.setData(Qt.ItemDataRole.UserRole, rec.script_id)
            item.setToolTip(self.tr("Double-click to practise {id}").format(id=rec.script_id))

    def _show_certificates(self, trainee: str | None, lang: str) -> None:
        plan = self._certification_plan()
        if plan is None:
            self.cert_label.setText(escape(self._plan_error))
            return
        held = (
            {c.certificate: c for c in self.store.certifications(trainee)}
            if (self.store and trainee)
            else {}
        )
        rows = []
        for cert in plan.certifications:
            name = escape(cert.label(lang))
            if cert.id in held:
                when = held[cert.id].certified_on.isoformat()
                line = self.tr("certified on {date}").format(date=when)
                rows.append(f"<p><b style='color:#2e7d32'>✓ {name}</b><br>{line}</p>")
                continue
            passes = self.store.exam_passes(trainee, cert) if self.store and trainee else {}
            done = sum(v is not None for v in passes.values())
            todo = [self._title(s) for s in cert.required_scripts if passes.get(s) is None]
            line = self.tr("{done} of {n} scripts passed in exam mode").format(
                done=done, n=len(cert.required_scripts)
            )
            sep = "、" if lang == "zh" else "; "
            need = self.tr("still to pass: {titles}").format(titles=escape(sep.join(todo)))
            rows.append(
                f"<p><b>{name}</b><br>{line}<br><span style='color:#5b6270'>{need}</span></p>"
            )
        self.cert_label.setText("".join(rows))

    def _certification_plan(self) -> CertificationPlan | None:
        if self._plan is None and not self._plan_error:
            try:
                self._plan = load_certification_plan()
            except KefuLabError as exc:
                self._plan_error = str(exc)
        return self._plan

    def _title(self, script_id: str) -> str:
        script = self.scripts.get(script_id)
        return script.title if script is not None else script_id

    def _choose(self, item: QListWidgetItem) -> None:
        script = self.scripts.get(item.data(Qt.ItemDataRole.UserRole))
        if script is not None:
            self.scriptChosen.emit(script)

    def _trainee_changed(self, _name: str) -> None:
        self.refresh()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.trainee_label.setText(self.tr("Trainee:"))
        self.weak_box.setTitle(self.tr("Weakest skills"))
        self.next_box.setTitle(self.tr("Practise next"))
        self.cert_box.setTitle(self.tr("Certificates"))
        self.export.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.refresh()
            else:  # a hidden page re-reads the store when it is shown
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


def _rich_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
