"""Parts of the Sweep page."""
