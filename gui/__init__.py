"""KefuLab desktop workbench (PySide6): a thin Qt view over the ``simulator`` package.

``simulator`` never imports this package; everything here reads the public simulator API.
"""
