"""Parts of the Report page: building the report off the UI thread, and the page preview."""
