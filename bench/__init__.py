"""Benchmarks of sync, store, window, export and start-up against same-run baselines.

`python -m bench` builds its data, runs every workload (B1-B6) and writes docs/benchmarks.md.
"""
