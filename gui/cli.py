"""``kefulab gui``: open the desktop workbench (or render it to PNG files without a screen).

Registered with the ``kefulab`` command through the entry-point group ``kefulab.commands``;
``kefulab-gui`` runs :func:`main` directly. Nothing here imports Qt until the command runs.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

EXIT_NO_DISPLAY = 2
#: Qt platform plugins that need no display server.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``gui`` subcommand to the ``kefulab`` parser."""
    parser = subparsers.add_parser(
        "gui",
        help="open the desktop workbench (edit a scenario, watch it run, read the results)",
        description="Open the KefuLab desktop workbench with the daily scenario or SCENARIO.",
    )
    add_arguments(parser)
    parser.set_defaults(handler=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "scenario",
        nargs="?",
        metavar="SCENARIO",
        help="scenario file or shipped name (default: the ordinary-day shop)",
    )
    parser.add_argument(
        "--trainer", action="store_true", help="open the trainee's window (role-play practice)"
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        help="interface language (default: last used, else the system's)",
    )
    parser.add_argument(
        "--snapshot",
        metavar="DIR",
        help="render every page offscreen to DIR/NN_page_lang.png and exit",
    )


def _headless(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """True when QT_QPA_PLATFORM names a platform that needs no display server."""
    env = os.environ if environ is None else environ
    return env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower() in HEADLESS_PLATFORMS


def has_display(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """True when Qt can open windows: a display server, a headless platform, or not Linux."""
    env = os.environ if environ is None else environ
    if _headless(env):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


_PROBE = "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"


def platform_problem(timeout_s: float = 30.0) -> str:
    """Why Qt cannot open a window here ('' when it can), found in a child process.

    Qt aborts the whole process when its platform plugin does not load (on Linux the xcb plugin
    needs libxcb-cursor0 and friends), so a throwaway child tries first and we keep its reason.
    """
    if not sys.platform.startswith("linux"):
        return ""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=timeout_s
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"Qt did not start ({exc.__class__.__name__})"
    if done.returncode == 0:
        return ""
    needed = re.search(r"(\S+) is needed to load the Qt (\S+) platform plugin", done.stderr)
    if needed:
        return (
            f"the Qt {needed[2]} platform plugin did not load (system libraries missing; on "
            "Debian/Ubuntu: apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)"
        )
    return "Qt could not load a platform plugin for this display"


def run(args: argparse.Namespace) -> int:
    """Handler of ``kefulab gui``."""
    if args.scenario and not args.trainer:  # a bad name fails before any window is made
        from gui.shipped import scenario_file

        args.scenario = str(scenario_file(args.scenario))  # InputError: kefulab prints it
    if args.snapshot:
        from gui.snapshot import take_snapshots

        languages = (args.lang,) if args.lang else ("zh", "en")
        for path in take_snapshots(args.snapshot, languages, args.scenario):
            print(path)
        return 0
    if not has_display():
        print(
            "kefulab gui: no display found (DISPLAY/WAYLAND_DISPLAY unset); run headless with "
            "'kefulab gui --snapshot DIR' or QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return EXIT_NO_DISPLAY
    if not _headless() and (problem := platform_problem()):
        print(
            f"kefulab gui: cannot open a window: {problem}; run headless with "
            "'kefulab gui --snapshot DIR' or QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return EXIT_NO_DISPLAY
    from gui.app import create_app, set_language, settle_heap, system_language
    from gui.main_window import open_window
    from gui.settings import Settings
    from simulator.common.errors import KefuLabError

    app = create_app(sys.argv[:1])
    settings = Settings()
    set_language(app, args.lang or settings.language() or system_language())
    try:
        if args.trainer:  # the trainee's window (gui/trainer), over the usual progress store
            from gui.trainer.window import open_trainer

            window = open_trainer(settings)
        else:
            window = open_window(args.scenario, settings)
    except KefuLabError as exc:
        print(f"kefulab gui: error: {exc}", file=sys.stderr)
        return 2
    window.show()
    settle_heap()
    status = app.exec()
    settings.sync()
    return status


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kefulab-gui`` script."""
    parser = argparse.ArgumentParser(prog="kefulab-gui", description=__doc__.splitlines()[0])
    add_arguments(parser)
    from simulator.common.errors import KefuLabError

    try:
        return run(parser.parse_args(argv))
    except KefuLabError as exc:
        print(f"kefulab-gui: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
