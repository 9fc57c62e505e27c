"""Things every layer uses: the error types, diagnostics and the strict YAML reader."""
