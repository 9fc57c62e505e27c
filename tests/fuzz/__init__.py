"""The suite fuzzes itself (issue 13): property tests over mutated inputs of every kind.

Quick profile (default run): a few derandomized examples per property. Long profile:
``pytest tests/fuzz -m slow`` (``KEFULAB_FUZZ_LONG`` examples each, default 300). Limits per
case: ``KEFULAB_FUZZ_TIMEOUT`` CPU seconds (default 10) and ``KEFULAB_FUZZ_WALL`` wall seconds
(default 90). See ``harness.py`` for the contract checked.
"""
