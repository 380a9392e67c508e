"""Numbers, money and times as the window's language writes them.

Everything goes through the default QLocale, which `language.install` sets at start-up to the
chosen language (ru: "1 234,50", es and pt_BR: "1.234,50"). Stored values stay plain (integer
minor units, UTC times): only what is shown is formatted, so exports stay machine-readable.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from aliorders_desktop.aliexpress.orders import major_units


def fill(template: str, *values: object) -> str:
    """Qt's `%1`, `%2`… placeholders of a translated text, filled in one pass (as QString.arg
    does; PySide6 strings are Python's), so a value that itself holds "%2" stays as it is."""
    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1]), template)


def number(value: int) -> str:
    """A count with the locale's thousands separators: "12,345", "12 345", "12.345"."""
    return QLocale().toString(value)


def decimal(value: float, places: int = 2) -> str:
    """A plain number with the locale's decimal and thousands separators."""
    return QLocale().toString(float(value), "f", places)


def major(minor: int | None, currency: str | None) -> str:
    """Integer minor units of `currency` as a decimal in major units, without the code, with as many
    decimals as the currency has: (123450, "USD") → "1,234.50", (495, "JPY") → "495".

    Exact at any size: the digits come from `major_units`, and the locale only adds its
    separators and sign."""
    if minor is None:
        return ""
    locale = QLocale()
    whole, _, fraction = format(abs(major_units(minor, currency)), "f").partition(".")
    text = locale.toString(int(whole)) + (locale.decimalPoint() + fraction if fraction else "")
    return locale.negativeSign() + text if minor < 0 else text


def money(minor: int | None, currency: str | None) -> str:
    """An amount with its currency's ISO code after it: "1 234,50 RUB", "1,234.50 USD".

    Always the code, never the locale's own symbol ("₽", "R$", "$"): the footer, the earnings
    strip, Insights' currency list and the exports name currencies by code, and one window must
    not write the same currency two ways. The code is also unambiguous where several dollars or
    pesos exist.
    """
    if minor is None:
        return ""
    return f"{major(minor, currency)} {currency or ''}".rstrip()


def percent(share: float | None, places: int = 1) -> str:
    """A share (0.25) as a percentage ("25.0%", "25,0 %" where the locale spaces it)."""
    if share is None:
        return ""
    locale = QLocale()
    spaced = locale.language() in (QLocale.Language.Russian, QLocale.Language.Spanish)
    return decimal(share * 100, places) + ("\u00a0%" if spaced else "%")


def local_time(moment: datetime | None) -> str:
    """An aware time in this computer's zone, in the locale's short date and time format."""
    if moment is None:
        return ""
    local = moment.astimezone()
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def clock(moment: datetime) -> str:
    """The time of day of an aware time, on this computer's clock, in the locale's short format."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def day(value: date) -> str:
    """A calendar day in the locale's short date format."""
    return QLocale().toString(QDate(value), QLocale.FormatType.ShortFormat)


def date_edit_format() -> str:
    """The locale's short date format with a four-digit year, for date boxes ("dd.MM.yyyy")."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def day_month(value: date) -> str:
    """A day and abbreviated month ("17 Jun", "17 июн."), for chart axes."""
    return QLocale().toString(QDate(value), "d MMM")


def month_year(value: date, *, full: bool = False) -> str:
    """A month and year ("Jun 2026"; "June 2026" with `full`), standalone month names."""
    locale = QLocale()
    month = locale.standaloneMonthName(value.month, _length(full))
    return f"{month} {value.year}"


def weekday_day(value: date) -> str:
    """A day with its weekday, for a chart bar's tooltip ("Wed 17 Jun 2026")."""
    locale = QLocale()
    return f"{locale.dayName(value.isoweekday(), _length(False))} {day_month(value)} {value.year}"


def _length(full: bool) -> QLocale.FormatType:
    return QLocale.FormatType.LongFormat if full else QLocale.FormatType.ShortFormat
