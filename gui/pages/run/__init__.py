"""Widgets and Qt-free helpers of the "Run and watch" page."""
