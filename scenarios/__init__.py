"""KefuLab's shipped data, installed as the package ``simulator.shipped``.

This folder holds data only; the file exists so that ``importlib.resources`` can reach the data
in every kind of install. Read it through :mod:`simulator.common.data`.
"""
