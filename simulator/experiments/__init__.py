"""Experiments over scenarios: replications, compare, ROI, sweep, staffing, calibration, history."""
