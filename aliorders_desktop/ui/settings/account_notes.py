"""The boxed notes of Settings ▸ Account that explain why the account cannot be edited or saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QStyle, QWidget

from aliorders_desktop import credentials
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings.widgets import note_frame

INFO = QStyle.StandardPixmap.SP_MessageBoxInformation


def demo_note(parent: QWidget) -> QFrame:
    return note_frame(
        "demoNote",
        QCoreApplication.translate(
            "AccountNotes",
            "You are exploring aliorders with <b>demo data</b>: the account below is a demo account, "
            "and no real orders are read. To connect your own AliExpress account, leave demo mode, "
            "then come back to Settings → Account.",
        ),
        INFO,
        parent,
    )


def environment_note(parent: QWidget) -> QFrame:
    return note_frame(
        "envNote",
        fill(
            QCoreApplication.translate(
                "AccountNotes",
                "These credentials come from the environment variables <b>%1</b> and <b>%2</b>, so "
                "they cannot be changed here. To change or remove them, edit those variables and "
                "restart aliorders.",
            ),
            credentials.ENV_APP_KEY,
            credentials.ENV_APP_SECRET,
        ),
        INFO,
        parent,
    )


def keyring_warning(parent: QWidget) -> QFrame:
    """No keyring: the App Secret is never written to a file, so offer the two ways that remain."""
    return note_frame(
        "keyringWarning",
        fill(
            QCoreApplication.translate(
                "AccountNotes",
                "<b>This computer has no usable system keyring</b>, so aliorders cannot store the "
                "App Secret safely, and it will not write it to a file. You can:"
                "<ul style='margin-left: -20px'>"
                "<li>set the environment variables <b>%1</b> and <b>%2</b> to your App Key and App "
                "Secret, then restart aliorders; or</li>"
                "<li>enter them above and press <b>Save</b>: they are kept <b>for this session only</b>, "
                "in memory until aliorders quits, and you enter them again next time.</li></ul>",
            ),
            credentials.ENV_APP_KEY,
            credentials.ENV_APP_SECRET,
        ),
        QStyle.StandardPixmap.SP_MessageBoxWarning,
        parent,
    )
