"""Reference §3 signature vectors, and the gateway's verification of them."""

from __future__ import annotations

import pytest

from aliorders_desktop.aliexpress.gateway.system_checks import signature_valid
from aliorders_desktop.aliexpress.signing import sign, string_to_sign

SYNC_PARAMS = {
    "app_key": "123456",
    "method": "aliexpress.affiliate.order.list",
    "timestamp": "1517820392000",
    "v": "2.0",
    "format": "json",
    "simplify": "true",
    "start_time": "2024-05-01 00:00:00",
    "end_time": "2024-05-02 00:00:00",
    "status": "Payment Completed",
    "page_no": "1",
    "page_size": "50",
}
SYNC_VECTORS = {
    "sha256": "65CBBBDAB5B77E1B6F48391B49386DCFF0FFF0EAC4FC3B294B73DD365A40AFC1",
    "md5": "2B038DB774BEA0C1DAE59058794FDE72",
    "hmac": "D5BC0A9392A46697E97E0E8B95D04BA1",
}


@pytest.mark.parametrize("sign_method", sorted(SYNC_VECTORS))
def test_sync_vectors(sign_method: str) -> None:
    params = {**SYNC_PARAMS, "sign_method": sign_method}
    assert string_to_sign(params) == (
        "app_key123456end_time2024-05-02 00:00:00formatjsonmethodaliexpress.affiliate.order.list"
        f"page_no1page_size50sign_method{sign_method}simplifytruestart_time2024-05-01 00:00:00"
        "statusPayment Completedtimestamp1517820392000v2.0"
    )
    assert sign(params, "helloworld", sign_method) == SYNC_VECTORS[sign_method]


def test_official_rest_prefix_example() -> None:
    params = {
        "access_token": "test",
        "app_key": "123456",
        "order_id": "1234",
        "sign_method": "sha256",
        "timestamp": "1517820392000",
    }
    assert string_to_sign(params, "/order/get") == (
        "/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256timestamp1517820392000"
    )
    assert sign(params, "helloworld", api_path="/order/get") == (
        "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A"
    )


@pytest.mark.parametrize("sign_method", sorted(SYNC_VECTORS))
def test_gateway_accepts_vectors_in_any_case_and_ignores_empty_values(sign_method: str) -> None:
    params = {
        **SYNC_PARAMS,
        "sign_method": sign_method,
        "tracking_id": "",
        "sign": SYNC_VECTORS[sign_method].lower(),
    }
    assert signature_valid(params, "helloworld")
    assert not signature_valid(params, "other-secret")
    assert not signature_valid({**params, "page_no": "2"}, "helloworld")


def test_gateway_refuses_unknown_sign_method() -> None:
    params = {**SYNC_PARAMS, "sign_method": "sha1", "sign": SYNC_VECTORS["sha256"]}
    assert not signature_valid(params, "helloworld")
