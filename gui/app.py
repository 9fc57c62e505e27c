"""The QApplication: creation, the bundled CJK font and the zh/en translators."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

#: The Simplified Chinese face of the bundled Noto Sans CJK collection (as in simulator.charts).
BUNDLED_FAMILY = "Noto Sans CJK SC"


LANGUAGES: tuple[str, ...] = ("zh", "en")
I18N_DIR = Path(__file__).resolve().parent / "i18n"
QT_TRANSLATIONS = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"

_translators: list[QTranslator] = []
_font_family: str | None = None


#: how long a thread holding the GIL runs before a waiting one gets its turn (Python's default
#: is 5 ms): the UI thread waits for the simulation worker at every return from Qt into Python,
#: so a shorter turn keeps the window responsive and the worker from spinning against it
#: (benchmarks/bench_gui.py, 双11: longest stall 33-36 ms -> 23-26 ms, cost 20-25% -> 11-13%)
GIL_SWITCH_S = 0.001


def create_app(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it (with names and fonts) if needed."""
    app = QApplication.instance()
    if app is None:
        sys.setswitchinterval(GIL_SWITCH_S)
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
        app.setOrganizationName("KefuLab")
        app.setApplicationName("KefuLab")
        app.setApplicationDisplayName("KefuLab")
    register_fonts()
    return app  # type: ignore[return-value]


def settle_heap() -> None:
    """Move every object alive now (Qt wrappers, matplotlib, the modules) out of the garbage
    collector's reach, once the window is built: a full collection then walks only what runs
    create, instead of pausing the UI thread for tens of milliseconds (bench_gui.py: a gen-2
    collection during a live run showed as an 82 ms stall; with the heap settled, at most
    31 ms over 16 runs)."""
    gc.collect()
    gc.freeze()


def register_fonts() -> str:
    """Register the bundled Noto Sans CJK with Qt and return its Simplified Chinese family.

    The application font keeps the platform's Latin family first and the CJK family as its
    fallback, so Chinese labels render on a machine without any CJK font installed.
    """
    global _font_family
    if _font_family is not None:
        return _font_family
    family = BUNDLED_FAMILY
    path = _bundled_font_path()
    if path is not None:
        font_id = QFontDatabase.addApplicationFont(path)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and BUNDLED_FAMILY not in families:
            family = families[0]
    _font_family = family
    app = QApplication.instance()
    if isinstance(app, QApplication):
        font = QFont(app.font())
        base = [f for f in font.families() if f != family] or [font.family()]
        font.setFamilies([*base, family])
        app.setFont(font)
    return family


def _bundled_font_path() -> str | None:
    """Where the PyPI package ``noto-cjk-sans-otc`` put ``NotoSansCJK-Regular.ttc``."""
    try:
        import noto_cjk_sans_otc
    except ImportError:
        return None
    return str(noto_cjk_sans_otc.FONT_PATH)


def system_language() -> str:
    """``zh`` when the system locale is Chinese, else ``en``."""
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def set_language(app: QCoreApplication, lang: str) -> None:
    """Install KefuLab's translator for ``lang`` (plus Qt's own zh_CN one for ``zh``).

    Installing or removing a translator sends ``LanguageChange`` to every widget, so open
    pages re-label themselves in ``changeEvent`` → ``retranslate()``.
    """
    if lang not in LANGUAGES:
        raise ValueError(f'"lang" must be one of {", ".join(LANGUAGES)}, got {lang!r}')
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    files = [I18N_DIR / f"kefulab_{lang}.qm"]
    if lang == "zh":
        files += [QT_TRANSLATIONS / "qt_zh_CN.qm"]
    for file in files:
        translator = QTranslator(app)
        if file.exists() and translator.load(str(file)):
            app.installTranslator(translator)
            _translators.append(translator)
    app.setProperty("kefulab_language", lang)
    # Qt sends LanguageChange itself only while exec() runs, and QApplication posts it on to
    # the top-level widgets: deliver it now so the switch is complete when this returns.
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def current_language(app: QCoreApplication | None = None) -> str:
    """The language last passed to :func:`set_language` (``en`` before any)."""
    app = app or QCoreApplication.instance()
    lang = app.property("kefulab_language") if app is not None else None
    return lang if lang in LANGUAGES else "en"
