"""Translations of the workbench: ``kefulab_zh.ts``/``kefulab_en.ts`` and their ``.qm`` files.

Regenerate with ``python -m gui.i18n.build`` (pyside6-lupdate over ``gui/**/*.py``, then
pyside6-lrelease). Source strings are English; the Chinese translations are kept in the .ts.
"""
