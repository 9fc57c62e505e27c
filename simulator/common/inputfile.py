"""Reading a data file a user named: regular files only, bounded size, one-line errors.

Every loader of user files (YAML data, the history CSV) reads through :func:`read_input_text`,
so a FIFO, a device or a directory is refused at once (nothing blocks waiting for a writer) and
a file too large to be a data file is refused before it is read into memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from simulator.common.diagnostics import Diagnostic
from simulator.common.errors import InputError

#: Largest data file read, in bytes (the largest shipped one is 122 kB).
MAX_FILE_BYTES = 2 * 1024 * 1024


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_input_text(
    path: str | Path,
    *,
    what: str = "a data file",
    encoding: str = "utf-8",
    max_bytes: int = MAX_FILE_BYTES,
) -> str:
    """The text of the regular file ``path``; :class:`InputError` (one line) on any problem.

    Args:
        path: The file.
        what: What the file should be, for messages ("a YAML file", "a CSV file").
        encoding: Text encoding (``utf-8-sig`` to accept a byte-order mark).
        max_bytes: Refuse files larger than this.
    """
    path = Path(path)

    def fail(problem: str, hint: str = "") -> InputError:
        return InputError(Diagnostic("error", str(path), problem, hint=hint))

    try:
        info = os.stat(path)  # never blocks, unlike open() on a FIFO
    except FileNotFoundError:
        raise fail("file not found") from None
    except OSError as exc:
        raise fail(f"cannot read ({exc.strerror or exc})") from None
    except ValueError:  # an embedded NUL byte in the name
        raise fail("not a valid file name") from None
    if not stat.S_ISREG(info.st_mode):
        raise fail(f"is {_kind(info.st_mode)}, expected {what}")
    if info.st_size > max_bytes:
        raise fail(
            f"file is {info.st_size:,} bytes, too large for {what}",
            f"at most {max_bytes:,} bytes; see docs/input-limits.md",
        )
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since the stat, do not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise fail(f"is not a regular file, expected {what}")
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise fail(f"cannot read ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise fail(
            f"file is over {max_bytes:,} bytes, too large for {what}",
            "see docs/input-limits.md",
        )
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            Diagnostic(
                "error", str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})", line
            )
        ) from None


def path_exists(path: Path, what: str = "path") -> bool:
    """``path.exists()``, with a path the system cannot even look up (a name too long, a loop
    of links, a component that is a file) as a one-line :class:`InputError` naming it."""
    try:
        return path.exists()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        shown = str(path) if len(str(path)) <= 120 else str(path)[:117] + "..."
        raise InputError(Diagnostic("error", shown, f"cannot use this {what}: {reason}")) from None


def holds_data(path: Path, what: str = "path") -> bool:
    """Whether ``path`` exists and is not an empty file (reading commands treat an empty file
    as nothing yet, and leave it empty); a path that cannot be looked up is an InputError."""
    return path_exists(path, what) and not (path.is_file() and path.stat().st_size == 0)
