"""`GatewayServer`: the simulated AliExpress `/sync` gateway on a loopback HTTP port.

Standard library only: a `ThreadingHTTPServer` in a daemon thread, so tests and the demo mode
talk real HTTP to it without any dependency or Qt.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from aliorders_desktop.aliexpress.gateway import odd_values
from aliorders_desktop.aliexpress.gateway.config import GatewayConfig
from aliorders_desktop.aliexpress.gateway.dataset import OrderDataset, SimulatedClock
from aliorders_desktop.aliexpress.gateway.faults import FaultInjector, throttle_reply
from aliorders_desktop.aliexpress.gateway.methods import METHODS, BusinessError, Call, Page
from aliorders_desktop.aliexpress.gateway.system_checks import check_system, merge_params
from aliorders_desktop.aliexpress.gateway.wire import (
    ErrorReply,
    envelope,
    order_fields,
    orders_value,
    stringify_numbers,
)

BUSINESS_ERROR_RESP_CODE = 400  # the real code for bad business parameters is unknown (§11.4)
_SERVER_ERROR_STATUSES = (500, 502, 503)


@dataclass
class GatewayCounters:
    """What the gateway saw and did, for tests to assert on.

    `requests` is keyed by the `method` parameter ("" when absent); `outcomes` by resp_code
    ("200", "405", ...), error code ("IncompleteSignature", "7", ...) or "http_<status>";
    `faults` by injected fault: "http_<status>", "throttle" (a new ban), "banned" (a request
    refused during a ban), "truncated", "system_error", "unregistered".
    """

    requests: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def count(self, counter: Counter[str], key: str) -> None:
        with self._lock:
            counter[key] += 1

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.outcomes.clear()
            self.faults.clear()


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json;charset=UTF-8"
    dropped: bool = False
    """Announce the whole body, send half of it, then close the connection."""


class GatewayServer:
    """Serves `dataset` as AliExpress would at `clock`'s time, with the behaviour in `config`.

    `port=0` picks a free port; `url` is valid once started. The config and the clock can be
    changed while the server runs (except `fault_seed`, read once here to seed the fault RNG).
    Timestamp skew is checked against the real wall clock, not the simulated one, because
    clients sign with their real time.
    """

    def __init__(
        self,
        dataset: OrderDataset | None = None,
        config: GatewayConfig | None = None,
        *,
        clock: SimulatedClock | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ):
        self.dataset = dataset or OrderDataset(seed=0, orders=2000)
        self.config = config or GatewayConfig()
        self.clock = clock or SimulatedClock(self.dataset.now)
        self.counters = GatewayCounters()
        self.faults = FaultInjector(self.config.fault_seed)
        self._address = (host, port)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return self._address[0]

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the gateway is not started")
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/sync"

    def start(self) -> GatewayServer:
        if self._httpd is not None:
            return self
        httpd = ThreadingHTTPServer(self._address, _Handler)
        httpd.gateway = self  # type: ignore[attr-defined]
        self._httpd = httpd
        # A short poll interval makes stop() quick, which keeps per-test servers cheap.
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="aliexpress-gateway", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self._httpd = self._thread = None

    def __enter__(self) -> GatewayServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def reply_to(self, query: str, body: str) -> Reply:
        """Answer one `/sync` request (query string and form body, both URL-encoded text)."""
        config = self.config
        if config.latency_seconds > 0:
            time.sleep(config.latency_seconds)
        params = merge_params(query, body)
        method = params.get("method", "")
        self.counters.count(self.counters.requests, method)
        if self.faults.draw(config.server_error_rate):
            status = self.faults.choice(_SERVER_ERROR_STATUSES)
            self.counters.count(self.counters.faults, f"http_{status}")
            self.counters.count(self.counters.outcomes, f"http_{status}")
            html = f"<html><body><h1>{status}</h1>upstream unavailable</body></html>"
            return Reply(status, html.encode(), "text/html;charset=UTF-8")
        request_id = uuid.uuid4().hex[:24]
        truncate = False
        try:
            app_key = check_system(params, config, METHODS, time.time())
            self._check_throttle(app_key)
            truncate = self.faults.draw(config.truncated_rate)
            document = self._call(method, params, request_id)
        except ErrorReply as error:
            self.counters.count(self.counters.outcomes, str(error.code))
            document = error.body(request_id, uuid.uuid4().hex)
        payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
        if truncate:
            self.counters.count(self.counters.faults, "truncated")
            payload = payload[: len(payload) // 2]
        if self.faults.draw(config.dropped_rate):
            self.counters.count(self.counters.faults, "dropped")
            return Reply(200, payload, dropped=True)
        return Reply(200, payload)

    def reject_path(self) -> Reply:
        """A REST-style path on the `/sync` gateway: the wrong gateway style for these methods."""
        self.counters.count(self.counters.outcomes, "InvalidApiPath")
        error = ErrorReply("InvalidApiPath", "The specified API Path is invalid")
        body = error.body(uuid.uuid4().hex[:24], uuid.uuid4().hex)
        return Reply(200, json.dumps(body).encode())

    def _check_throttle(self, app_key: str) -> None:
        """Refuse during a ban; maybe start a new one. A ban outlives a throttle_rate change."""
        left = self.faults.ban_remaining(app_key)
        if left is not None:
            self.counters.count(self.counters.faults, "banned")
        elif self.faults.draw(self.config.throttle_rate):
            self.faults.ban(app_key, self.config.ban_seconds)
            self.counters.count(self.counters.faults, "throttle")
            left = self.config.ban_seconds
        if left is not None:
            raise throttle_reply(self.config.throttle_code, left)

    def _call(self, method: str, params: dict[str, str], request_id: str) -> object:
        """Run the method and wrap its outcome in the envelope `simplify` asks for."""
        config = self.config
        simplified = params.get("simplify", "").lower() == "true"
        if config.unregistered_publisher:
            self.counters.count(self.counters.faults, "unregistered")
            resp_result: dict[str, object] = {
                "resp_code": 401,
                "resp_msg": "This publisher is not registered",
            }
        elif self.faults.draw(config.system_error_rate):
            self.counters.count(self.counters.faults, "system_error")
            resp_result = {"resp_code": 404, "resp_msg": "System Error"}
        else:
            zone = ZoneInfo(config.zone)
            call = Call(params, self.dataset, config, zone, self.clock.now_ms())
            try:
                page = METHODS[method](call)
            except BusinessError as error:
                if config.business_error_style == "error_response":
                    raise ErrorReply(error.code, error.msg) from None
                resp_result = {"resp_code": BUSINESS_ERROR_RESP_CODE, "resp_msg": error.msg}
            else:
                resp_result = self._result(page, call, simplified)
        self.counters.count(self.counters.outcomes, str(resp_result["resp_code"]))
        document = envelope(method, resp_result, request_id, simplified, config)
        return stringify_numbers(document) if config.numbers_as_strings else document

    def _result(self, page: Page, call: Call, simplified: bool) -> dict[str, object]:
        config = call.config
        if not page.rows:
            if config.empty_style == "error_response":
                raise ErrorReply(
                    "15",
                    "Remote service error",
                    sub_code="ERROR-405",
                    sub_msg="The result is empty",
                    legacy=True,
                )
            if config.empty_style == "405":
                return {"resp_code": 405, "resp_msg": "The result is empty"}
            return {"resp_code": 200, "resp_msg": "success", "result": page.fields}
        items = [
            odd_values.dress(
                order_fields(o, call.at_ms, call.zone, page.parameter_keys),
                o.sub_order_id,
                o.currency,
                config.decimal_money_share,
                config.absurd_value_share,
            )
            for o in page.rows
        ]
        result = {**page.fields, "orders": orders_value(items, simplified, call.config)}
        return {"resp_code": 200, "resp_msg": "success", "result": result}


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive, so a paging client reuses one connection like against the CDN."""

    protocol_version = "HTTP/1.1"
    timeout = 30  # drop idle keep-alive connections eventually
    disable_nagle_algorithm = True  # headers and body go out in separate writes: avoid 40 ms stalls

    def do_GET(self) -> None:
        self._serve(b"")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._serve(self.rfile.read(length))

    def _serve(self, body: bytes) -> None:
        gateway: GatewayServer = self.server.gateway  # type: ignore[attr-defined]
        target = urlsplit(self.path)
        if target.path == "/sync":
            reply = gateway.reply_to(target.query, body.decode("utf-8", errors="replace"))
        elif target.path.startswith("/rest"):
            reply = gateway.reject_path()
        else:
            reply = Reply(404, b"Not Found", "text/plain")
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.dropped:
            self.wfile.write(reply.body[: len(reply.body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: request logs would drown test output and the demo console."""
