"""The user's calendar days as instants: how a picked date range becomes a query window."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import tzlocal

log = logging.getLogger(__name__)


def local_zone() -> tzinfo:
    """The user's own time zone, in which the dates they pick are meant.

    The named zone (with its daylight-saving rules), so that a winter day picked in summer starts
    at the winter midnight; today's fixed offset only if the system names no zone it knows.
    """
    try:
        return tzlocal.get_localzone()
    except Exception as exc:  # tzlocal raises several kinds for a misconfigured system
        log.warning("could not name the system's time zone (%s); using today's UTC offset", exc)
        return datetime.now().astimezone().tzinfo or UTC


def day_bounds(
    first: date | None, last: date | None, zone: tzinfo | None = None
) -> tuple[datetime | None, datetime | None]:
    """[start of `first`, start of the day after `last`) in `zone`; None leaves that side open."""
    zone = zone or local_zone()
    start = datetime.combine(first, time.min, zone) if first else None
    end = datetime.combine(last + timedelta(days=1), time.min, zone) if last else None
    return start, end
