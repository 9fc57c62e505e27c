"""Run one fuzz case in a forked child with a time and memory limit, and check the contract.

The contract every input kind promises (issue 13): a loader either succeeds or raises
``InputError`` whose every diagnostic is one line naming the file; the CLI exits 0 or 2, prints
one line naming the file on standard error for 2, never a traceback; nothing takes longer than
:data:`TIME_LIMIT_S` of CPU time; the input file is left byte-identical.

A forked child (not ``signal.alarm``) enforces the limit: a hang inside C code (a regular
expression, libyaml, numpy) cannot be interrupted from Python, but a child can be killed. The
limit is on CPU seconds (``RLIMIT_CPU``), so a loaded shared machine does not turn a slow case
into a "hang"; a wall-clock limit several times longer catches a case blocked without using the
CPU (a FIFO read, a lock). The child inherits the imported modules and warmed caches, so a case
costs milliseconds.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import os
import re
import resource
import select
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, settings

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
TRANSCRIPTS = ROOT / "tests" / "roleplay" / "transcripts"

#: CPU seconds a case may use (far below any real hang, far above any honest case).
TIME_LIMIT_S = float(os.environ.get("KEFULAB_FUZZ_TIMEOUT", "10"))
#: Wall-clock seconds a case may take (blocked without using the CPU; the machine is shared).
WALL_LIMIT_S = float(os.environ.get("KEFULAB_FUZZ_WALL", "90"))
#: Extra address space a case may take beyond what the test process already maps.
MEMORY_HEADROOM = 1536 * 2**20

_COMMON = {
    "deadline": None,
    "database": None,
    "suppress_health_check": list(HealthCheck),
    "print_blob": False,
}
#: The default run: few examples, derandomized so CI sees the same cases every time, no
#: shrinking (a failing case is reported with its mutation log, which is short already).
QUICK = settings(
    max_examples=int(os.environ.get("KEFULAB_FUZZ_QUICK", "6")),
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    **_COMMON,
)
#: ``-m slow``: many random examples, shrunk to a small one on failure.
LONG = settings(
    max_examples=int(os.environ.get("KEFULAB_FUZZ_LONG", "300")),
    derandomize=False,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    **_COMMON,
)


# --- running one case -----------------------------------------------------------------------


@dataclass
class Outcome:
    """What one case did.

    ``status``: ``ok``, ``input_error`` (loader level), ``exception`` (anything else raised),
    ``timeout``, ``crash`` (the child died), or ``done`` (a CLI call; see ``rc``).
    """

    status: str
    seconds: float
    rc: int | None = None
    stdout: str = ""
    stderr: str = ""
    lines: list[str] = field(default_factory=list)  # diagnostics' one_line() (loader level)
    message: str = ""  # str(exc) of an InputError, or the traceback
    extra: dict = field(default_factory=dict)


def _vm_bytes() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child(fn: Callable[..., dict], args: Sequence[Any], write_fd: int, out_fd: int, err_fd: int):
    payload: dict
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        cpu = math.ceil(TIME_LIMIT_S)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
        vm = _vm_bytes()
        if vm:
            limit = vm + MEMORY_HEADROOM
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(
            io.FileIO(1, "w", closefd=False), encoding="utf-8", line_buffering=True
        )
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False),
            encoding="utf-8",
            errors="backslashreplace",
            line_buffering=True,
        )
        payload = fn(*args)
    except BaseException:  # noqa: BLE001 - report whatever happened to the parent
        payload = {"status": "exception", "message": traceback.format_exc()}
    try:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):
                stream.flush()
        data = json.dumps(payload, ensure_ascii=True, default=repr).encode()
        view = memoryview(data)
        while view:
            n = os.write(write_fd, view[:65536])
            view = view[n:]
    finally:
        os._exit(0)


def run_isolated(fn: Callable[..., dict], *args: Any, timeout: float = WALL_LIMIT_S) -> Outcome:
    """Run ``fn(*args)`` (returning a JSON-able dict with ``status``) in a forked child.

    The child's standard input is empty, its standard output and error are captured, its
    address space and CPU time limited; it is killed after ``timeout`` wall-clock seconds.
    """
    read_fd, write_fd = os.pipe()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            os.close(read_fd)
            _child(fn, args, write_fd, out.fileno(), err.fileno())
        os.close(write_fd)
        chunks: list[bytes] = []
        timed_out = False
        try:
            while True:
                left = timeout - (time.monotonic() - start)
                if left <= 0:
                    timed_out = True
                    break
                ready, _, _ = select.select([read_fd], [], [], left)
                if not ready:
                    continue
                chunk = os.read(read_fd, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            if timed_out:
                os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            os.close(read_fd)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "backslashreplace")
        stderr = err.read().decode("utf-8", "backslashreplace")
    if timed_out:
        why = f"blocked: no answer within {timeout:.0f} s of wall-clock time"
        return Outcome("timeout", seconds, stdout=stdout, stderr=stderr, message=why)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
        why = f"more than {TIME_LIMIT_S:.0f} s of CPU time"
        return Outcome("timeout", seconds, stdout=stdout, stderr=stderr, message=why)
    if not chunks:
        why = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"status {status}"
        return Outcome("crash", seconds, stdout=stdout, stderr=stderr, message=why)
    payload = json.loads(b"".join(chunks))
    return Outcome(
        payload.pop("status"),
        seconds,
        rc=payload.pop("rc", None),
        stdout=stdout,
        stderr=stderr,
        lines=payload.pop("lines", []),
        message=payload.pop("message", ""),
        extra=payload,
    )


# --- what runs in the child -----------------------------------------------------------------


def call_loader(load: Callable[[Path], Any], path: Path) -> dict:
    """Child body: call a loader; sort the result into ok / input_error / exception."""
    from simulator.common.errors import InputError, diagnostics_of

    try:
        load(path)
    except InputError as exc:
        return {
            "status": "input_error",
            "lines": [d.one_line() for d in diagnostics_of(exc)],
            "message": str(exc),
        }
    except BaseException:  # noqa: BLE001
        return {"status": "exception", "message": traceback.format_exc()}
    return {"status": "ok"}


def call_cli(argv: list[str], setup: Callable[[], None] | None = None) -> dict:
    """Child body: ``kefulab ARGV`` as ``python -m simulator.cli.main`` would run it."""
    if setup is not None:
        setup()
    from simulator.cli.main import main

    try:
        rc: Any = main(argv)
    except SystemExit as exc:
        rc = exc.code
        if rc is None:
            rc = 0
        elif not isinstance(rc, int):
            print(rc, file=sys.stderr)
            rc = 1
    except BaseException:  # noqa: BLE001 - what the interpreter would print
        traceback.print_exc()
        rc = 1
    return {"status": "done", "rc": rc}


def warm_up() -> None:
    """Import and cache in the parent what every child needs (the parser, the lexicons)."""
    from simulator.cli.main import build_parser

    build_parser()


# --- the contract ---------------------------------------------------------------------------

_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _first_frame(tb: str) -> str:
    """``ExcType at file:line`` from a traceback, for grouping failures."""
    frames = re.findall(r'File "([^"]+)", line (\d+)', tb)
    ours = [f for f in frames if "/simulator/" in f[0] or "/gui/" in f[0]]
    last = (ours or frames or [("?", "?")])[-1]
    exc_line = next((ln for ln in reversed(tb.strip().splitlines()) if ln and ln[0] != " "), "")
    where = f"{last[0].split('/simulator/')[-1]}:{last[1]}"
    return f"{exc_line.split(':')[0]} at {where}"


def loader_violations(res: Outcome, path: Path, must_refuse: str = "") -> list[str]:
    """Contract of a loader called on ``path``: ok or a one-line InputError naming the file."""
    found: list[str] = []
    if res.status == "timeout":
        found.append(f"hang: {res.message}")
    elif res.status == "crash":
        found.append(f"crash: child died ({res.message})")
    elif res.status == "exception":
        found.append(f"traceback: {_first_frame(res.message)}\n{res.message[-1500:]}")
    elif res.status == "input_error":
        if "\n" in res.message or "\r" in res.message:
            found.append(f"multi-line error: str(exc) = {res.message[:300]!r}")
        for line in res.lines or [res.message]:
            if "\n" in line or "\r" in line:
                found.append(f"multi-line error: {line[:300]!r}")
            elif path.name not in line:
                found.append(f"error does not name the file: {line[:300]!r}")
            elif _RAW_CONTROL.search(line):
                found.append(f"raw control character in error: {line[:300]!r}")
    elif must_refuse:
        found.append(f"accepted silently: {must_refuse}")
    return found


def cli_violations(
    res: Outcome, names: Sequence[str], must_refuse: str = "", ok_codes: Sequence[int] = (0, 2)
) -> list[str]:
    """Contract of one CLI call: exit 0 or 2, on 2 one stderr line naming one of ``names``."""
    found: list[str] = []
    if res.status == "timeout":
        return [f"hang: {res.message}"]
    if res.status == "crash":
        return [f"crash: child died ({res.message}); stderr: {res.stderr[-500:]}"]
    if res.status == "exception":
        return [f"harness error: {res.message[-800:]}"]
    if "Traceback (most recent call last)" in res.stderr:
        found.append(f"traceback: {_first_frame(res.stderr)}\n{res.stderr[-1500:]}")
    elif res.rc not in ok_codes:
        found.append(f"exit code {res.rc}: stderr {res.stderr[-500:]!r}")
    elif res.rc == 2:
        lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
        if len(lines) != 1:
            found.append(f"error is {len(lines)} lines on stderr: {res.stderr[-600:]!r}")
        elif not any(n in lines[0] for n in names):
            found.append(f"error does not name the input ({names[0]}): {lines[0][:300]!r}")
        elif _RAW_CONTROL.search(lines[0]):
            found.append(f"raw control character on the terminal: {lines[0][:300]!r}")
    elif must_refuse and res.rc == 0:
        found.append(f"accepted silently: {must_refuse}")
    return found


def validate_violations(res: Outcome, path: Path, must_refuse: str = "") -> list[str]:
    """Contract of ``kefulab validate PATH``: every stdout line names the file, one per problem,
    a one-line summary on stderr, exit 0 (no errors) or 2."""
    found: list[str] = []
    if res.status != "done":
        return cli_violations(res, [str(path)])
    if "Traceback (most recent call last)" in res.stderr + res.stdout:
        return [f"traceback: {_first_frame(res.stderr + res.stdout)}\n{res.stderr[-1500:]}"]
    if res.rc not in (0, 2):
        return [f"exit code {res.rc}: {res.stderr[-500:]!r}"]
    for line in res.stdout.splitlines():
        if not line.startswith(str(path)):
            found.append(f"validate output line does not name the file: {line[:300]!r}")
            break
        if _RAW_CONTROL.search(line):
            found.append(f"raw control character on the terminal: {line[:300]!r}")
            break
    if len([ln for ln in res.stderr.splitlines() if ln.strip()]) != 1:
        found.append(f"validate stderr is not one summary line: {res.stderr[-600:]!r}")
    if must_refuse and res.rc == 0:
        found.append(f"accepted silently by validate: {must_refuse}")
    return found


def describe(path: Path, notes: Sequence[str], limit: int = 1500) -> str:
    """The case, for a failure message: the mutations made and the start of the file."""
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""
    text = raw[:limit].decode("utf-8", "backslashreplace")
    more = f"\n... ({len(raw)} bytes in all)" if len(raw) > limit else ""
    return f"file {path}\nmutations: {'; '.join(notes)}\n--- content ---\n{text}{more}"
