"""Odd dates, odd filter text, refused credentials and odd API data: clear words, nothing lost."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import keyring
import keyring.errors
import pytest
from reliability.commands import run_cli

from aliorders_desktop import credentials, database_password, store
from aliorders_desktop.aliexpress import parsing
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.orders import OrderRecord

NOW = datetime(2026, 5, 1, 12, tzinfo=UTC)


def test_a_reversed_range_is_refused_in_words(cli_env) -> None:
    result = run_cli("sync", "--from", "2026-05-02", "--to", "2026-05-01", env=cli_env)
    assert result.returncode == 2 and "before" in result.stderr and "Traceback" not in result.stderr


def test_a_malformed_or_empty_date_is_refused_in_words(cli_env) -> None:
    for value in ("yesterday", ""):
        result = run_cli("sync", "--from", value, env=cli_env)
        assert result.returncode == 2 and "not a date" in result.stderr


def test_future_dates_just_find_nothing_in_that_range(cli_env, tmp_path) -> None:
    first, last = date.today() + timedelta(days=30), date.today() + timedelta(days=35)
    result = run_cli("sync", "--from", first.isoformat(), "--to", last.isoformat(), env=cli_env)
    assert result.returncode == 0 and result.stdout.startswith("Synced")
    out = tmp_path / "future.csv"
    exported = run_cli(
        "export", "--out", str(out), "--from", first.isoformat(), "--to", last.isoformat(), env=cli_env
    )
    assert exported.stdout.startswith("Exported 0 rows")


def test_a_range_far_over_90_days_is_split_not_refused(cli_env) -> None:
    result = run_cli("sync", "--from", (date.today() - timedelta(days=400)).isoformat(), env=cli_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Synced 3000 new")  # every order of the gateway's 120 days


@pytest.fixture
def one_order(store_path) -> None:
    """One stored order whose three IDs are 8123 and whose tracking ID is tg_1."""
    record = OrderRecord(
        sub_order_id=8123,
        order_id=8123,
        status="Payment Completed",
        tracking_id="tg_1",
        product_id=8123,
        paid_at=NOW,
    )
    store.save_orders([record], NOW)


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "12a",
        "x" * 10_000,
        "'; DROP TABLE orders; --",
        '"',
        "%",
        "_",
        "1%",
        "😀",
        "８１２３",
        "\x00",
        "-1",
        "99999999999999999999999",
        "tg_%",
    ],
)
def test_odd_filter_text_matches_nothing_and_raises_nothing(one_order, text) -> None:
    for field in ("order_id", "tracking_id", "product_id"):
        assert store.count_orders(store.OrderFilter(**{field: text})) == 0
    assert store.count_orders(store.OrderFilter()) == 1


@pytest.mark.parametrize(
    ("field", "text"),
    [("order_id", " 81 23 "), ("order_id", "81"), ("tracking_id", "TG_"), ("product_id", "8123")],
)
def test_sensible_filter_text_still_matches(one_order, field, text) -> None:
    assert store.count_orders(store.OrderFilter(**{field: text})) == 1


def test_wrong_app_key_and_wrong_secret_say_what_to_do(cli_env) -> None:
    for key, secret, words in (("999", "x", "App Key"), (cli_env["ALIORDERS_APP_KEY"], "bad", "App Secret")):
        env = {**cli_env, "ALIORDERS_APP_KEY": key, "ALIORDERS_APP_SECRET": secret}
        result = run_cli("sync", "--from", date.today().isoformat(), env=env)
        assert result.returncode == 4 and words in result.stderr and "reconnect" in result.stderr


def test_an_unregistered_publisher_is_told_so(cli_env, demo_gateway) -> None:
    demo_gateway.config.unregistered_publisher = True
    result = run_cli("sync", "--from", date.today().isoformat(), env=cli_env)
    assert result.returncode == 4 and "not a registered affiliate publisher" in result.stderr


def test_no_keyring_backend_is_explained_and_offers_alternatives(monkeypatch) -> None:
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    status = credentials.keyring_status()
    assert not status.usable and "ALIORDERS_APP_SECRET" in status.message and "session" in status.message
    with pytest.raises(credentials.KeyringUnavailable):
        credentials.save_credentials(AppCredentials("1", "2"))
    credentials.use_for_session(AppCredentials("1", "2"))
    assert credentials.load_credentials() == AppCredentials("1", "2")


def test_a_locked_keyring_says_to_unlock_it(isolated_environment, monkeypatch) -> None:
    def locked(*args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(isolated_environment, "get_password", locked)
    with pytest.raises(credentials.KeyringUnavailable, match=r"locked\. Unlock it"):
        credentials.load_credentials()


def test_a_locked_keyring_says_to_unlock_it_for_the_database_password_too(
    isolated_environment, monkeypatch
) -> None:
    def locked(*args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(isolated_environment, "set_password", locked)
    with pytest.raises(credentials.KeyringUnavailable, match=r"locked\. Unlock it"):
        database_password.save_password("postgresql://ann@host/team", "secret")


def test_forgetting_a_database_password_that_was_never_saved_is_fine(isolated_environment) -> None:
    url = "postgresql://ann@host/team"
    database_password.save_password(url, "")
    database_password.save_password(url, "secret")
    database_password.save_password(url, "")
    assert database_password.saved_password(url) is None


def test_odd_api_data_is_stored_or_skipped_and_counted(store_path) -> None:
    zone = ZoneInfo("America/Los_Angeles")
    big = 2**53 + 3
    raw = {
        "orders": {
            "order": [
                {
                    "sub_order_id": str(big),
                    "order_id": big,
                    "order_status": "Payment Completed",
                    "paid_amount": "12.50",
                    "paid_time": "2026-04-30 10:00:00",
                    "settled_currency": None,
                    "tracking_id": None,
                },
                {
                    "sub_order_id": big,
                    "order_id": big,
                    "order_status": "Payment Completed",
                    "paid_amount": 1250,
                },
                {"sub_order_id": 77, "order_id": 7, "order_status": "Awaiting Review", "product_count": None},
                {"order_id": 8, "order_status": "Invalid"},
                {"sub_order_id": 78},
            ]
        }
    }
    page = parsing.parse_page(raw, zone, 1)
    assert page.skipped == 1 and len(page.orders) == 4
    counts = store.save_orders(page.orders, NOW)
    assert counts.new == 3
    rows = {r.sub_order_id: r for r in store.iter_rows(store.OrderFilter())}
    assert rows[big].paid_amount == 1250 and rows[big].order_id == big
    assert rows[77].status == "Awaiting Review"
    assert rows[78].status == "" and rows[78].order_id == 78
