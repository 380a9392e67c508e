"""Helpers for working on aliorders from a checkout (the tests, the benchmarks); never shipped."""
