"""The Insights tab: commission over time, breakdowns by tracking ID and sub ID, headline figures."""

from .view import InsightsView

__all__ = ["InsightsView"]
