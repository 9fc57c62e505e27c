"""The hourly staffing planner: Erlang first guess, then a simulation search.

``planner`` assembles the plan; ``demand`` measures the handed-off load, ``analytic`` sizes hours
with Erlang C/A, ``search`` checks and corrects the headcounts in simulation.
"""

from simulator.experiments.staffing.demand import StaffingTargets
from simulator.experiments.staffing.planner import HourPlan, StaffingPlan, plan_staffing

__all__ = ["HourPlan", "StaffingPlan", "StaffingTargets", "plan_staffing"]
