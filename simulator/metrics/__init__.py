"""KPIs from run records, estimates with confidence intervals, and Erlang C/A theory."""
