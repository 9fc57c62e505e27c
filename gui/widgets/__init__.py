"""Small reusable widgets of the workbench."""
