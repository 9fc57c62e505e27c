"""KefuLab (客服沙盘): simulation and training for e-commerce customer service.

The public API, for the desktop app, notebooks and scripts (each name is documented in
``docs/api.md``)::

    import simulator as kl

    daily = kl.load_scenario("tmall_daily")              # a shipped scenario, or a path
    leaner = kl.with_values(daily, {"agents.concurrency": 4})
    sim = kl.Simulation(leaner, seed=1)
    sim.run_until(12 * 3600)
    print(sim.snapshot().frt_p90_s)
    kpis = kl.compute_kpis(sim.finish(), leaner)

Names load on first use, so ``import simulator`` stays cheap and a worker process that needs
only the model does not import the charts or the report. The trainer's API lives in
:mod:`simulator.roleplay`. Qt-free: this package never imports ``gui``, PySide6 or
``matplotlib.pyplot``.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: public name -> the module that defines it
_EXPORTS: dict[str, str] = {
    # errors and run control
    "KefuLabError": "simulator.common.errors",
    "InputError": "simulator.common.errors",
    "ScenarioError": "simulator.common.errors",
    "Diagnostic": "simulator.common.diagnostics",
    "Progress": "simulator.common.runcontrol",
    "CancelToken": "simulator.common.runcontrol",
    "Cancelled": "simulator.common.runcontrol",
    "ordered_map": "simulator.common.runcontrol",
    # shipped data
    "shipped_scenarios": "simulator.common.data",
    "resolve_scenario": "simulator.common.data",
    "history_example": "simulator.common.data",
    # scenarios
    "Scenario": "simulator.scenario.schema",
    "load_scenario": "simulator.scenario.loader",
    "with_values": "simulator.scenario.loader",
    "scenario_to_yaml": "simulator.scenario.loader",
    "scenario_from_yaml": "simulator.scenario.loader",
    # the model
    "Simulation": "simulator.model.simulation",
    "Snapshot": "simulator.model.snapshot",
    "simulate": "simulator.model.simulation",
    "RunResult": "simulator.model.records",
    # metrics
    "compute_kpis": "simulator.metrics.kpis",
    "KPIS": "simulator.metrics.catalogue",
    "KpiInfo": "simulator.metrics.catalogue",
    "kpi_info": "simulator.metrics.catalogue",
    "field_label": "simulator.metrics.catalogue",
    "Estimate": "simulator.metrics.stats",
    "estimate": "simulator.metrics.stats",
    "erlang_b": "simulator.metrics.queueing",
    "erlang_c_wait_probability": "simulator.metrics.queueing",
    "erlang_c_service_level": "simulator.metrics.queueing",
    "erlang_c_mean_wait": "simulator.metrics.queueing",
    "erlang_a": "simulator.metrics.queueing",
    "required_positions": "simulator.metrics.erlang_staffing",
    # experiments
    "run_replications": "simulator.experiments.replications",
    "Replications": "simulator.experiments.replications",
    "compare_scenarios": "simulator.experiments.compare",
    "Comparison": "simulator.experiments.compare",
    "compare_equal_service": "simulator.experiments.equal_service",
    "EqualServiceComparison": "simulator.experiments.equal_service",
    "roi_table": "simulator.experiments.roi",
    "RoiRow": "simulator.experiments.roi",
    "run_sweep": "simulator.experiments.sweep",
    "parse_grid": "simulator.experiments.sweep",
    "SweepResult": "simulator.experiments.sweep",
    "plan_staffing": "simulator.experiments.staffing",
    "StaffingPlan": "simulator.experiments.staffing",
    "StaffingTargets": "simulator.experiments.staffing",
    "read_history": "simulator.experiments.history",
    "generate_history": "simulator.experiments.history",
    "calibrate": "simulator.experiments.calibrate",
    "process_pool": "simulator.experiments.executors",
    "dask_executor": "simulator.experiments.executors",
    # charts and the report
    "charts": "simulator.charts",
    "build_document": "simulator.report",
    "write_pdf": "simulator.report",
    "write_html": "simulator.report",
    "report_staffing": "simulator.report.planning",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'simulator' has no attribute {name!r}")
    mod = importlib.import_module(module)
    value = mod if module.endswith("." + name) else getattr(mod, name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
