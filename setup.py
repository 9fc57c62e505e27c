"""Packaging glue that ``pyproject.toml`` cannot say declaratively.

Everything else lives in ``pyproject.toml``. The shipped data (traffic scenarios, role-play
scripts, knowledge base, lexicons, history example) stay in one place, ``scenarios/`` at the top
of the repository, and are installed as the package ``simulator.shipped``; the program reads
them through ``importlib.resources`` (``simulator.common.data``), so a regular install, an
editable one and a frozen build all find them. ``packages.find`` in ``pyproject.toml`` cannot add
a package that lives outside ``simulator/``, hence this file.
"""

from __future__ import annotations

from setuptools import find_namespace_packages, find_packages, setup

SHIPPED = "simulator.shipped"

setup(
    packages=[
        *find_packages(include=["simulator", "simulator.*", "gui", "gui.*"]),
        SHIPPED,
        *(f"{SHIPPED}.{sub}" for sub in find_namespace_packages(where="scenarios")),
    ],
    package_dir={SHIPPED: "scenarios"},
)
