"""Output files written whole or not at all, with one-line errors naming the path.

Every file KefuLab writes for the user (``--json``, ``--csv``, ``--out``...) goes through
:func:`atomic_open`: the data goes to a temporary file in the same folder, which replaces the
target only once everything was written, so a full disk, a killed process or an error half way
never leaves a truncated file (nor destroys the previous one). A target that exists and is not
a regular file (``/dev/stdout``, a FIFO) is written straight to, never replaced.

:func:`check_output_file` and :func:`check_output_dir` look at a target before long work
starts: a folder given as a file, a file given as a folder, a missing or non-folder parent and
a read-only target are refused with one :class:`~simulator.common.errors.InputError` line.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from simulator.common.errors import InputError


def _name(path: Path, option: str) -> str:
    return f"{option} {path}" if option else str(path)


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _check_parent(path: Path, option: str) -> None:
    parent = path.parent
    if not parent.exists():
        raise InputError(f"{_name(path, option)}: folder {parent} does not exist")
    if not parent.is_dir():
        raise InputError(f"{_name(path, option)}: {parent} is not a folder")


def check_output_file(path: str | Path, option: str = "") -> None:
    """Refuse (InputError, one line) a file target that cannot be written; write nothing."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{_name(path, option)}: is a folder; give a file name")
        _check_parent(path, option)
        if path.exists() and not path.is_file():
            return  # a device or FIFO: written straight to
        if path.exists() and not os.access(path, os.W_OK):
            raise InputError(f"{_name(path, option)}: the file is read-only")
        if not os.access(path.resolve().parent, os.W_OK | os.X_OK):
            raise InputError(f"{_name(path, option)}: cannot write in folder {path.parent}")
    except OSError as exc:  # a name too long, a loop of links...
        raise InputError(f"{_name(path, option)}: {_why(exc)}") from None


def check_output_dir(path: str | Path, option: str = "") -> None:
    """Refuse (InputError, one line) a folder target that cannot be made or written into."""
    path = Path(path)
    try:
        if path.exists():
            if not path.is_dir():
                raise InputError(f"{_name(path, option)}: is a file; give a folder")
            if not os.access(path, os.W_OK | os.X_OK):
                raise InputError(f"{_name(path, option)}: cannot write in this folder")
            return
        _check_parent(path, option)
    except OSError as exc:
        raise InputError(f"{_name(path, option)}: {_why(exc)}") from None


def make_output_dir(path: str | Path, option: str = "") -> Path:
    """Check ``path`` as a folder target and create it (not its parents); return it."""
    path = Path(path)
    check_output_dir(path, option)
    try:
        path.mkdir(exist_ok=True)
    except OSError as exc:
        raise InputError(f"{_name(path, option)}: cannot create the folder ({_why(exc)})") from None
    return path


def _temp_beside(target: Path) -> tuple[Path, int]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    tmp = target.with_name(f".{target.name[:80]}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, flags, 0o666)  # the umask applies, as for any new file
    return tmp, fd


@contextmanager
def atomic_open(
    path: str | Path,
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
    option: str = "",
) -> Iterator[IO[Any]]:
    """Open ``path`` for writing so that it appears only complete; an OSError (full disk, no
    permission, a folder in the way) becomes one InputError line naming the path, and the
    temporary file is removed."""
    path = Path(path)
    check_output_file(path, option)
    if "b" in mode:
        encoding = newline = None
    target = path.resolve() if path.is_symlink() else path  # replace the file, not the link
    if target.exists() and not target.is_file():
        try:
            with open(target, mode, encoding=encoding, newline=newline) as fh:
                yield fh
        except OSError as exc:
            raise InputError(f"{_name(path, option)}: cannot write ({_why(exc)})") from None
        return
    tmp: Path | None = None
    try:
        tmp, fd = _temp_beside(target)
        if target.exists():
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        with open(fd, mode, encoding=encoding, newline=newline) as fh:
            yield fh
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise InputError(f"{_name(path, option)}: cannot write ({_why(exc)})") from None
    finally:
        if tmp is not None:
            with suppress(OSError):
                tmp.unlink()


def write_text(path: str | Path, text: str, *, encoding: str = "utf-8", option: str = "") -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_open`)."""
    with atomic_open(path, "w", encoding=encoding, option=option) as fh:
        fh.write(text)


__all__ = [
    "atomic_open",
    "check_output_dir",
    "check_output_file",
    "make_output_dir",
    "write_text",
]
