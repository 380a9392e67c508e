"""Settings, one page per tab: `dialog` hosts `account_page`, `advanced_page` (with
`database_group`) and `appearance_page`; `checks` holds their background jobs."""

from aliorders_desktop.ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
