"""Runtime knobs of the simulated gateway.

The real gateway's behaviour is unconfirmed on many points (reference §12), so every uncertain
choice is a field here; tests flip them on a running server to prove the client copes with each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DEMO_APP_KEY = "34061046"
DEMO_APP_SECRET = "demo-secret-not-for-production"

ThrottleCode = Literal["ApiCallLimit", "AppCallLimit", "7"]


@dataclass
class GatewayConfig:
    """Mutable settings read on every request, so a test can change them while the server runs.

    Fault rates are probabilities in 0..1 drawn from a `random.Random(fault_seed)` owned by the
    server, so a run with the same requests in the same order injects the same faults.

    Throttling: a drawn throttle bans the app key for `ban_seconds` of real time (short by
    default so tests stay fast); during the ban every request from that key gets the throttle
    error again. The message always names a whole number of seconds, at least 1
    ("This ban will last for 1 more seconds"), as the real gateway does, so a client that
    honours the message waits longer than the simulated ban really lasts.
    """

    accounts: dict[str, str] = field(default_factory=lambda: {DEMO_APP_KEY: DEMO_APP_SECRET})
    zone: str = "America/Los_Angeles"  # reads start_time/end_time, writes response time strings
    timestamp_skew_seconds: float | None = 7200  # None: accept any timestamp
    timestamp_error_code: str = "IllegalTimestamp"
    max_window_days: int | None = 90  # refuse longer start..end windows; None: no limit
    query_zone: str | None = None  # read start_time/end_time in this zone instead (e.g. "Etc/GMT+8")
    strict_window: bool = False  # also refuse a window whose strings span too long on the wall clock
    # "No orders" as resp_code 405, as an empty 200 result, or as the live gateway's error form:
    # {"error_response": {"code": "15", "sub_code": "ERROR-405", "sub_msg": "The result is empty"}}.
    empty_style: Literal["405", "200", "error_response"] = "405"
    business_error_style: Literal["error_response", "resp_code"] = "error_response"
    keep_wrapper_when_simplified: bool = False
    single_object_lists: bool = False  # a one-element list becomes {"order": {...}}
    numbers_as_strings: bool = False
    get_matches_order_id: bool = False  # order.get also matches parent order_id
    get_emits_custom_parameters: bool = False  # order.get also emits custom_parameters
    # Odd values (see odd_values.py), drawn per sub-order ID so tests can tell what was sent.
    decimal_money_share: float = 0.0  # these orders' money as JSON decimals in major units (11.13)
    absurd_value_share: float = 0.0  # these orders get one absurd value ("1e30", "--3", no paid_time)
    # Fault injection.
    fault_seed: int = 0
    latency_seconds: float = 0.0
    server_error_rate: float = 0.0  # HTTP 500/502/503 with an HTML body
    throttle_rate: float = 0.0
    throttle_code: ThrottleCode = "ApiCallLimit"
    ban_seconds: float = 0.05
    truncated_rate: float = 0.0  # a 200 JSON body cut in half
    dropped_rate: float = 0.0  # the connection closes half-way through the announced body
    system_error_rate: float = 0.0  # resp_code 404 "System Error"
    unregistered_publisher: bool = False  # resp_code 401 on every business call
