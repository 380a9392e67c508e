"""argparse's own words ("usage:", "error:", "options"…) in the user's language.

argparse takes them from Python's gettext domain, for which aliorders ships no `.mo` files; it
looks its `_` up at each call, so `install` hands it our catalogue instead. The messages are
listed here so the extraction puts them in `core_<lang>.ts` beside ours. Only the words a user
of `aliorders` can meet are listed; argparse's errors about a badly built parser stay English.
"""

from __future__ import annotations

import argparse

from aliorders_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def argparse_text(message: str) -> str:
    """argparse's `_`: the message in the active language (others stay as argparse wrote them)."""
    return translate(CONTEXT, message)


def install() -> None:
    """Make argparse speak the active language from now on."""
    argparse._ = argparse_text  # type: ignore[attr-defined]
