"""No message, log line or error from opening a database URL holds any part of its password,
however the URL is mistyped: raw `@ / : ? #` in the password, a missing host, a bad port."""

from __future__ import annotations

from urllib.parse import quote, unquote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from aliorders_desktop import cli, store
from aliorders_desktop.store import workspace

SHORTEST_FRAGMENT = 4
"""No run of this many characters of a password may appear (shorter ones are too common to tell)."""

CLOSED = "127.0.0.1:9"  # the discard port: nothing listens, so every attempt is refused at once
SHAPES = (
    "postgresql://bob:{raw}@" + CLOSED + "/db",
    "postgresql://bob:{quoted}@" + CLOSED + "/db",
    "postgresql://bob@" + CLOSED + "/db?password={raw}",
    "postgresql://bob@" + CLOSED + "/db?sslmode=prefer&password={quoted}",
    "postgresql://bob:{raw}@" + CLOSED + "x/db",  # a mistyped port
    "postgresql://bob:{raw}@[::1/db",  # a broken IPv6 address
    "postgresql://bob:{no_at}/db",  # the host forgotten: the password reads as a port
)
PASSWORDS = st.text(alphabet="QXZJKVW0123@:/?#&=%+[] ", min_size=SHORTEST_FRAGMENT, max_size=24)
"""No lower-case letters, so no password can spell a connection option or a real host name."""


def fragments(password: str) -> set[str]:
    """Every run of SHORTEST_FRAGMENT characters of the password, as typed and as decoded."""
    return {
        form[i : i + SHORTEST_FRAGMENT].casefold()
        for form in (password, unquote(password))
        for i in range(len(form) - SHORTEST_FRAGMENT + 1)
    }


def url_for(shape: str, password: str) -> str:
    no_at = "Q" + password.replace("@", "Q")  # never a port number, so never a host to look up
    return shape.format(raw=password, quoted=quote(password, safe=""), no_at=no_at)


@pytest.fixture(autouse=True)
def no_libpq_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGHOST", "PGHOSTADDR", "PGSSLMODE", "PGPASSWORD", "PGSERVICE"):
        monkeypatch.delenv(name, raising=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(password=PASSWORDS, shape=st.sampled_from(SHAPES))
@example(password="S3cr3t/Part", shape=SHAPES[0])  # the review's example
@example(password="S3cr3tPart", shape=SHAPES[6])
@example(password="hunter2XYZ", shape=SHAPES[2])
def test_no_message_holds_any_part_of_the_password(
    password: str, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    url = url_for(shape, password)
    caplog.clear()
    texts = []
    for attempt in (store.open_database, workspace.probe):
        with pytest.raises(store.StoreError) as refused:
            attempt(url)
        texts += [str(refused.value), refused.value.location, repr(refused.value)]
    texts.append(caplog.text)
    leaked = {fragment for fragment in fragments(password) for text in texts if fragment in text.casefold()}
    assert not leaked, texts


def test_the_cli_prints_the_address_masked(capsys: pytest.CaptureFixture[str]) -> None:
    for url in (
        "postgresql://bob:S3cr3t/Part@127.0.0.1:9/db",
        "postgresql://bob@127.0.0.1:9x/db?password=hunter2XYZ",
    ):
        assert cli.main(["--db", url, "status"]) == cli.Exit.DATABASE
        printed = capsys.readouterr().err
        assert "S3cr" not in printed and "hunt" not in printed and "2XYZ" not in printed
        assert "aliorders could not open or create the database postgresql://bob" in printed


def test_masking_keeps_who_and_where() -> None:
    """A query password may hold a raw &, so everything after it is masked too."""
    from aliorders_desktop.store.url_secrets import redact_url

    url = "postgresql://bob:p%40ss:wd@db.example/team?sslmode=verify-full&password=other&x=1"
    assert redact_url(url, url) == "postgresql://bob:***@db.example/team?sslmode=verify-full&password=***"
