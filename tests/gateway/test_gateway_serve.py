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
def test_serve_prints_url_and_credentials_and_stops_on_ctrl_c() -> None:
    code = "from aliorders_desktop.aliexpress.gateway import serve; serve(0, 3, 200)"
    with subprocess.Popen([sys.executable, "-u", "-c", code], stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        banner = ""
        while "Ctrl+C" not in banner:
            line = process.stdout.readline()
            assert line, f"serve() exited early: {banner!r}"
            banner += line
        url = re.search(r"http://127\.0\.0\.1:\d+/sync", banner)[0]
        assert DEMO_APP_KEY in banner and DEMO_APP_SECRET in banner
        body = requests.post(
            url, data=signed({"method": LIST, "status": "Payment Completed", **window(30, 30)}), timeout=10
        ).json()
        assert "aliexpress_affiliate_order_list_response" in body
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Gateway stopped" in rest
