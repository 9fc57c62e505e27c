"""Parts of the Staffing page."""
