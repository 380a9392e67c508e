"""`serve()`, the foreground entry point behind `aliorders gateway`, run as a real process."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

import pytest
import requests
from gateway_support import LIST, signed, window

from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET


@pytest.mark.skipif(sys.platform == "win32", reason="stops the process with SIGINT")
def test_gateway_command_prints_url_and_credentials_waits_its_latency_and_stops_on_ctrl_c() -> None:
    command = [sys.executable, "-u", "-m", "aliorders_desktop", "gateway", "--port", "0", "--orders", "200"]
    process = subprocess.Popen([*command, "--latency", "0.3"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        banner = ""
        while "Ctrl+C" not in banner:
            line = process.stdout.readline()
            assert line, f"the gateway exited early: {banner!r}"
            banner += line
        url = re.search(r"http://127\.0\.0\.1:\d+/sync", banner)[0]
        assert DEMO_APP_KEY in banner and DEMO_APP_SECRET in banner
        answer = requests.post(
            url, data=signed({"method": LIST, "status": "Payment Completed", **window(30, 30)}), timeout=10
        )
        assert "aliexpress_affiliate_order_list_response" in answer.json()
        assert answer.elapsed.total_seconds() >= 0.3  # the latency stands in for a real network
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:  # a failed check above: do not leave the gateway running
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert "Gateway stopped" in rest


def test_gateway_command_options_set_empty_answers_and_odd_values(monkeypatch) -> None:
    from aliorders_desktop import cli
    from aliorders_desktop.aliexpress import gateway

    served = {}
    monkeypatch.setattr(gateway, "serve", lambda **kwargs: served.update(kwargs))
    options = ["--empty-style", "error_response", "--decimal-money", "0.2", "--absurd-values", "0.01"]
    assert cli.main(["gateway", "--port", "0", "--latency", "0.1", *options]) == 0
    config = served["config"]
    assert (config.empty_style, config.decimal_money_share, config.absurd_value_share) == (
        "error_response",
        0.2,
        0.01,
    )
    assert config.latency_seconds == 0.1
