"""A workspace on another computer is reached only over verified TLS, with SCRAM; this one as before."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from aliorders_desktop import store
from aliorders_desktop.store.database import connect
from aliorders_desktop.store.server_tls import WeakConnectionSetting, is_local_host, server_connection_params

LIBPQ_18, LIBPQ_15 = 180000, 150000
NO_CA: dict[str, str] = {}
SECURED = {"sslmode": "verify-full", "require_auth": "scram-sha-256", "sslrootcert": "system"}


@pytest.fixture(autouse=True)
def no_libpq_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No PG* setting of the machine's, and no CA file where libpq looks by default."""
    for name in ("PGHOST", "PGHOSTADDR", "PGSSLMODE", "PGSSLROOTCERT", "PGREQUIREAUTH", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.mark.parametrize(
    "host", [None, "", "localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "/run/postgresql"]
)
def test_this_computer_keeps_its_settings(host: str | None) -> None:
    params = {"database": "w", "user": "alice", "host": host}
    assert is_local_host(host)
    assert server_connection_params(params, NO_CA, LIBPQ_18) == params


@pytest.mark.parametrize(
    "host", ["db.example.com", "10.0.0.5", "192.168.1.2", "2001:db8::1", "localhost,db.example"]
)
def test_another_computer_gets_verified_tls_and_scram(host: str) -> None:
    secured = server_connection_params({"database": "w", "host": host}, NO_CA, LIBPQ_18)
    assert secured == {"database": "w", "host": host, **SECURED}


def test_a_local_name_that_connects_elsewhere_is_remote() -> None:
    """libpq connects to `hostaddr` and checks the certificate against `host`: either may be remote."""
    assert server_connection_params({"host": "localhost", "hostaddr": "10.0.0.5"}, NO_CA, LIBPQ_18)["sslmode"]
    assert server_connection_params({"host": "db.example", "hostaddr": "127.0.0.1"}, NO_CA, LIBPQ_18)[
        "sslmode"
    ]
    assert "sslmode" in server_connection_params({}, {"PGHOST": "db.example"}, LIBPQ_18)


def test_a_named_ca_is_kept_and_verify_ca_is_allowed(tmp_path: Path) -> None:
    params = {"host": "db.example", "sslmode": "verify-ca", "sslrootcert": "/etc/team-ca.crt"}
    assert server_connection_params(params, NO_CA, LIBPQ_18) == {**params, "require_auth": "scram-sha-256"}
    from_env = server_connection_params({"host": "db.example"}, {"PGSSLROOTCERT": "/ca.crt"}, LIBPQ_18)
    assert "sslrootcert" not in from_env  # libpq reads PGSSLROOTCERT itself
    default_file = Path.home() / ".postgresql" / "root.crt"
    default_file.parent.mkdir(parents=True)
    default_file.write_text("-----BEGIN CERTIFICATE-----\n")
    assert "sslrootcert" not in server_connection_params({"host": "db.example"}, NO_CA, LIBPQ_18)


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
def test_a_weaker_sslmode_for_another_computer_is_refused(mode: str) -> None:
    with pytest.raises(WeakConnectionSetting, match=f"sslmode={mode}"):
        server_connection_params({"host": "db.example", "sslmode": mode}, NO_CA, LIBPQ_18)
    with pytest.raises(WeakConnectionSetting, match=f"sslmode={mode}"):
        server_connection_params({"host": "db.example"}, {"PGSSLMODE": mode}, LIBPQ_18)
    assert (
        server_connection_params({"host": "127.0.0.1", "sslmode": mode}, NO_CA, LIBPQ_18)["sslmode"] == mode
    )


@pytest.mark.parametrize("auth", ["password", "md5", "scram-sha-256,password", "!scram-sha-256"])
def test_an_authentication_that_hands_over_the_password_is_refused(auth: str) -> None:
    with pytest.raises(WeakConnectionSetting, match="require_auth"):
        server_connection_params({"host": "db.example", "require_auth": auth}, NO_CA, LIBPQ_18)


def test_an_older_libpq_still_verifies_tls_without_require_auth(caplog: pytest.LogCaptureFixture) -> None:
    secured = server_connection_params({"host": "db.example"}, NO_CA, LIBPQ_15)
    assert secured == {"host": "db.example", "sslmode": "verify-full"}
    assert "cannot require SCRAM" in caplog.text


def test_a_workspace_url_is_turned_into_these_settings() -> None:
    remote = connect("postgresql://alice:pw@db.example.com:5433/team")
    assert {key: remote.connect_params.get(key) for key in SECURED} == SECURED
    local = connect("postgresql://alice:pw@127.0.0.1:5433/team")
    assert not {"sslmode", "require_auth", "sslrootcert"} & set(local.connect_params)
    with pytest.raises(store.UnprotectedConnectionError) as refused:
        connect("postgresql://alice:pw@db.example.com/team?sslmode=prefer")
    assert str(refused.value).startswith(
        "aliorders did not send your password to the workspace server postgresql://alice:***@db.example.com/"
    )
    assert "sslmode=prefer" in str(refused.value)


class FakeServer:
    """A PostgreSQL impostor on 127.0.0.1: refuses TLS, then asks for the password in clear text."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:  # closed
                return
            with connection:
                self._talk(connection)

    def _talk(self, connection: socket.socket) -> None:
        connection.settimeout(10)
        while head := connection.recv(8):
            length, code = struct.unpack("!ii", head)
            if length == 8 and code in (80877103, 80877104):  # SSLRequest, GSSENCRequest
                connection.sendall(b"N")
                continue
            connection.recv(length - 8)  # the startup packet
            connection.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
            self.received.append(connection.recv(1024))
            return

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def impostor() -> Iterator[FakeServer]:
    server = FakeServer()
    yield server
    server.close()


def test_an_impostor_refusing_tls_never_gets_the_password(impostor: FakeServer) -> None:
    """`hostaddr` sends the connection to 127.0.0.1 while `host` names another computer, as a
    hijacked name or network would: the connection stops at the missing TLS."""
    url = f"postgresql://alice:Sw0rdfishQ@db.example.com:{impostor.port}/team?hostaddr=127.0.0.1"
    with pytest.raises(store.UnprotectedConnectionError) as refused:
        store.open_database(url)
    assert "offers no encrypted (TLS) connection" in str(refused.value)
    assert "Sw0rdfishQ" not in str(refused.value)
    assert impostor.received == []


def test_this_computer_still_connects_as_before(impostor: FakeServer) -> None:
    """The same impostor on 127.0.0.1 named as such gets the password: libpq's own defaults apply
    (and the test above would notice a server that received it)."""
    with pytest.raises(store.StoreError):
        store.open_database(f"postgresql://alice:Sw0rdfishQ@127.0.0.1:{impostor.port}/team")
    assert impostor.received and all(b"Sw0rdfishQ" in message for message in impostor.received)
