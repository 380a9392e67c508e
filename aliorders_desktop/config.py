"""Where aliorders keeps things and how it reaches AliExpress, for the CLI and the window alike.

Non-secret settings live in a small JSON file in the user's config folder; environment variables
override them for scripts and schedulers. Secrets never go here (see `credentials`).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import platformdirs

from aliorders_desktop.aliexpress.client import DEFAULT_API_ZONE, DEFAULT_GATEWAY_URL, ClientSettings
from aliorders_desktop.i18n import QT_TRANSLATE_NOOP, translate
from aliorders_desktop.sync.page_pool import DEFAULT_CONCURRENCY, MAX_CONCURRENCY

APP_NAME = "aliorders"
ENV_DB = "ALIORDERS_DB"
ENV_GATEWAY = "ALIORDERS_GATEWAY_URL"
ENV_CONFIG_DIR = "ALIORDERS_CONFIG_DIR"
ENV_DATA_DIR = "ALIORDERS_DATA_DIR"

AUTO_SYNC_INTERVALS = (0, 15, 30, 60, 180)
"""The minutes "Sync automatically" offers; 0 is off."""
DEFAULT_AUTO_SYNC_MINUTES = 30
DEFAULT_RECHECK_DAYS = 30
MAX_RECHECK_DAYS = 365

API_ZONES = {
    "America/Los_Angeles": QT_TRANSLATE_NOOP(
        "Settings", 'Pacific time with daylight saving (what AliExpress calls "PST")'
    ),
    "Etc/GMT+8": QT_TRANSLATE_NOOP("Settings", "Fixed UTC−8"),
    "Asia/Shanghai": QT_TRANSLATE_NOOP("Settings", "Fixed UTC+8 (Beijing time)"),
}
"""The time zones AliExpress may read query times in, with their English descriptions."""


def api_zone_name(zone: str) -> str:
    """An `API_ZONES` description in the user's language."""
    return translate("Settings", API_ZONES[zone])


def config_dir() -> Path:
    return Path(os.environ.get(ENV_CONFIG_DIR) or platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> str:
    return str(data_dir() / "orders.db")


def demo_database() -> str:
    return str(data_dir() / "demo.db")


@dataclass(frozen=True)
class Settings:
    """User-chosen settings; empty strings mean "the default"."""

    gateway_url: str = ""
    api_zone: str = DEFAULT_API_ZONE
    database: str = ""
    sync_concurrency: int = DEFAULT_CONCURRENCY
    """How many requests a sync keeps in flight at once (1 to MAX_CONCURRENCY)."""
    language: str = ""
    """A code of `languages.LANGUAGES`; empty follows the system."""
    auto_sync_minutes: int = DEFAULT_AUTO_SYNC_MINUTES
    """How often the open window syncs by itself, one of AUTO_SYNC_INTERVALS (0: never)."""
    recheck_days: int = DEFAULT_RECHECK_DAYS
    """How many recent days each automatic sync fetches again, to catch late status changes."""
    keep_in_tray: bool = True
    """Closing the window leaves aliorders running in the system tray (only where there is one)."""
    notify_new: bool = True
    """After a sync, say how many new orders it found and what they are estimated to earn."""
    notify_settled: bool = True
    """After a sync, say which orders reached Completed Settlement (commission confirmed)."""
    notify_invalid: bool = True
    """After a sync, say which orders became Invalid (commission lost)."""

    @property
    def effective_gateway_url(self) -> str:
        return os.environ.get(ENV_GATEWAY) or self.gateway_url or DEFAULT_GATEWAY_URL

    @property
    def effective_database(self) -> str:
        return os.environ.get(ENV_DB) or self.database or default_database()

    def client_settings(self) -> ClientSettings:
        """How to reach AliExpress; the time zone applies to both query windows and returned times."""
        return ClientSettings(
            gateway_url=self.effective_gateway_url, query_zone=self.api_zone, response_zone=self.api_zone
        )


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    """Read settings, ignoring unknown keys and falling back to defaults for an unreadable file."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    defaults = Settings()
    values = {}
    for f in fields(Settings):
        if f.name in data:
            kind = type(getattr(defaults, f.name))
            try:
                values[f.name] = kind(data[f.name])
            except (TypeError, ValueError):
                continue  # a hand-edited value of the wrong kind: keep the default
    settings = replace(defaults, **values)
    return replace(
        settings,
        sync_concurrency=clamp_concurrency(settings.sync_concurrency),
        auto_sync_minutes=(
            settings.auto_sync_minutes
            if settings.auto_sync_minutes in AUTO_SYNC_INTERVALS
            else DEFAULT_AUTO_SYNC_MINUTES
        ),
        recheck_days=min(max(settings.recheck_days, 1), MAX_RECHECK_DAYS),
    )


def clamp_concurrency(value: int) -> int:
    return min(max(value, 1), MAX_CONCURRENCY)


def save_settings(settings: Settings) -> None:
    """Write settings atomically, so a crash never leaves a half-written file."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    temp.replace(path)
