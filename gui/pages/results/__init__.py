"""Widgets and Qt-free export helpers of the Results page."""
