"""Certification: passing every required script in exam mode is recorded with its date.

What a certificate requires is data, ``scenarios/training/certification.yaml`` (format in
``docs/roleplay-scripts.md``), validated by :class:`CertificationPlan`; ``kefulab validate``
checks it with :func:`check_certification_file`. :class:`CertificationsMixin` gives the progress
store ``certify_if_earned`` and ``certifications`` (table ``certifications``, schema version 3).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from simulator.common.diagnostics import Diagnostic
from simulator.common.errors import InputError, diagnostics_of
from simulator.common.yamlio import read_yaml, validate_document
from simulator.roleplay.assignments import counts_as_pass
from simulator.roleplay.limits import MAX_ITEMS
from simulator.roleplay.nodes import FrozenModel, Slug, Text

__all__ = [
    "Certificate",
    "Certification",
    "CertificationPlan",
    "CertificationsMixin",
    "check_certification_file",
    "default_plan_path",
    "load_certification_plan",
]


class Certificate(FrozenModel):
    """One certificate: its id, display name (zh/en) and the scripts to pass in exam mode."""

    id: Slug
    name: dict[Literal["zh", "en"], Text] = Field(min_length=1)
    pass_mark: int = Field(default=80, ge=0, le=100)
    required_scripts: list[Slug] = Field(min_length=1, max_length=MAX_ITEMS)
    description: str = ""

    @field_validator("required_scripts")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        twice = sorted({s for s in v if v.count(s) > 1})
        if twice:
            raise ValueError(f"lists {', '.join(twice)} more than once")
        return v

    def label(self, lang: str = "zh") -> str:
        """The display name in ``lang`` (the other language, then the id, when missing)."""
        return self.name.get(lang) or next(iter(self.name.values()), self.id)


class CertificationPlan(FrozenModel):
    """Every certificate a trainee can earn (the ``certification.yaml`` file)."""

    certifications: list[Certificate] = Field(min_length=1, max_length=MAX_ITEMS)

    @field_validator("certifications")
    @classmethod
    def _unique_ids(cls, v: list[Certificate]) -> list[Certificate]:
        ids = [c.id for c in v]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"certificate id {', '.join(twice)} is used more than once")
        return v

    def get(self, certificate_id: str) -> Certificate | None:
        return next((c for c in self.certifications if c.id == certificate_id), None)


def default_plan_path() -> Path:
    """The shipped ``training/certification.yaml``."""
    from simulator.common.data import shipped_dir

    return shipped_dir() / "training" / "certification.yaml"


def load_certification_plan(path: str | Path | None = None) -> CertificationPlan:
    """Read and validate a certification file (default: the shipped one).

    Raises:
        InputError: one line (file, line, field, problem); ``diagnostics`` holds every problem.
    """
    doc = read_yaml(default_plan_path() if path is None else path)
    return validate_document(CertificationPlan, doc)


def check_certification_file(path: Path) -> list[Diagnostic]:
    """``kefulab validate``: the schema, and that every required script is a shipped script."""
    try:
        doc = read_yaml(path)
        plan = validate_document(CertificationPlan, doc)
    except InputError as exc:
        return list(diagnostics_of(exc))
    from simulator.roleplay.script import list_scripts

    known = {s.id for s in list_scripts()}
    out = []
    for i, cert in enumerate(plan.certifications):
        for j, script_id in enumerate(cert.required_scripts):
            if script_id not in known:
                out.append(
                    doc.error(
                        f"unknown script {script_id!r}",
                        ("certifications", i, "required_scripts", j),
                        "use the id of a script under scenarios/roleplay/",
                    )
                )
    return out


@dataclass(frozen=True)
class Certification:
    """A certificate a trainee earned, with the date and the exam sessions that earned it."""

    id: int
    trainee: str
    certificate: str  # the certificate's id in the plan
    certified_on: date
    scripts: tuple[str, ...]
    sessions: tuple[int, ...]  # the passing exam session of each required script, in order


class CertificationsMixin:
    """``certify_if_earned`` and ``certifications`` for the progress store."""

    _db: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[None]]
    _trainee_id: Callable[[str], int]

    def exam_passes(self, trainee: str, certificate: Certificate) -> dict[str, int | None]:
        """For each required script, the first exam session of ``trainee`` that passed it
        (None while it has not been passed)."""
        out: dict[str, int | None] = {}
        for script_id in certificate.required_scripts:
            rows = self._db.execute(
                "SELECT s.id, s.total, s.passed, s.copied FROM sessions s JOIN trainees t"
                " ON t.id = s.trainee_id WHERE t.name = ? AND s.script_id = ? AND s.mode = 'exam'"
                " AND s.ended_at IS NOT NULL ORDER BY s.ended_at, s.id",
                (trainee, script_id),
            )
            out[script_id] = next(
                (r[0] for r in rows if counts_as_pass(r[1], r[2], r[3], certificate.pass_mark)),
                None,
            )
        return out

    def certify_if_earned(
        self, trainee: str, today: date | None = None, plan: CertificationPlan | None = None
    ) -> Certification | None:
        """Record every certificate ``trainee`` has now earned and not yet held, dated
        ``today`` (default: the local date); return the first newly recorded, else None.

        ``plan`` defaults to the shipped ``certification.yaml``.
        """
        plan = load_certification_plan() if plan is None else plan
        today = date.today() if today is None else today
        held = {c.certificate for c in self.certifications(trainee)}
        new: list[Certification] = []
        for cert in plan.certifications:
            if cert.id in held:
                continue
            passes = self.exam_passes(trainee, cert)
            if any(v is None for v in passes.values()):
                continue
            sessions = tuple(int(v) for v in passes.values() if v is not None)
            with self._transaction():
                cur = self._db.execute(
                    "INSERT INTO certifications (trainee_id, name, certified_on, scripts, sessions)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (
                        self._trainee_id(trainee),
                        cert.id,
                        today.isoformat(),
                        json.dumps(cert.required_scripts),
                        json.dumps(sessions),
                    ),
                )
            new.append(
                Certification(
                    int(cur.lastrowid),
                    trainee,
                    cert.id,
                    today,
                    tuple(cert.required_scripts),
                    sessions,
                )
            )
        return new[0] if new else None

    def certifications(self, trainee: str | None = None) -> list[Certification]:
        """Certificates earned (by one trainee, or everyone), oldest first."""
        rows = self._db.execute(
            "SELECT c.id, t.name, c.name, c.certified_on, c.scripts, c.sessions FROM"
            " certifications c JOIN trainees t ON t.id = c.trainee_id"
            " WHERE (? IS NULL OR t.name = ?) ORDER BY c.certified_on, c.id",
            (trainee, trainee),
        )
        return [
            Certification(
                ident,
                name,
                cert,
                date.fromisoformat(day),
                tuple(json.loads(scripts)),
                tuple(json.loads(sessions)),
            )
            for ident, name, cert, day, scripts, sessions in rows
        ]
