"""An independent client, `python-aliexpress-api` (md5 TOP signing), paging through the gateway.

It hard-codes `api-sg.aliexpress.com:80` as default arguments of its request classes, so the test
points those defaults at the simulator. Skipped when the package is not installed.
"""

from __future__ import annotations

import pytest
from gateway_support import window

from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET

aliexpress_api = pytest.importorskip("aliexpress_api")
from aliexpress_api.errors import ApiRequestResponseException  # noqa: E402
from aliexpress_api.skd.api.rest import AliexpressAffiliateOrderListRequest  # noqa: E402


def test_python_aliexpress_api_pages_through_orders(gateway, dataset, monkeypatch) -> None:
    monkeypatch.setattr(
        AliexpressAffiliateOrderListRequest.__init__, "__defaults__", (gateway.host, gateway.port)
    )
    client = aliexpress_api.AliexpressApi(
        DEMO_APP_KEY, DEMO_APP_SECRET, aliexpress_api.models.Language.EN, aliexpress_api.models.Currency.USD
    )
    bounds = window(100, 90)
    seen: list[int] = []
    page_no = 1
    while True:
        result = client.get_order_list(status="Completed Settlement", page_no=page_no, page_size=50, **bounds)
        seen += [order.sub_order_id for order in result.orders.order]  # the TOP wrapper (§5.1)
        if page_no >= result.total_page_no:
            break
        page_no += 1
    assert len(seen) == len(set(seen)) == result.total_record_count > 50
    assert gateway.counters.requests["aliexpress.affiliate.order.list"] == page_no

    # Its known defect: an empty window is resp_code 405, which it raises as a generic error.
    with pytest.raises(ApiRequestResponseException, match="405"):
        client.get_order_list(
            status="Completed Settlement", start_time="2020-01-01 00:00:00", end_time="2020-01-02 00:00:00"
        )
