"""Only AliExpress web pages reach the system's opener, from the row menu and from the details pane."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from store.factory import order_record

from aliorders_desktop import store
from aliorders_desktop.ui import row_actions
from aliorders_desktop.ui.order_details import OrderDetails

PRODUCT_ID = 1005001234567890
CANONICAL = f"https://www.aliexpress.com/item/{PRODUCT_ID}.html"
HARMFUL = [
    "file:///usr/bin/xterm",
    "file://server/share/setup.exe",
    "javascript:alert(1)",
    "\\\\server\\share\\setup.exe",
    "ms-settings:",
    "ms-msdt:/id PCWDiagnostic",
    "smb://server/share",
    "http://www.aliexpress.com/item/1.html",
    "https://aliexpress.com.evil.example/item/1.html",
    "https://evilaliexpress.com/item/1.html",
    "https://www.aliexpress.com@evil.example/item/1.html",
    "https://www.aliexpress.com\\@evil.example/item/1.html",
    "https://user:pass@www.aliexpress.com/item/1.html",
    "https://www.aliexpress.com:8443/item/1.html",
    "https://аliexpress.com/item/1.html",  # a Cyrillic а
    "//www.aliexpress.com/item/1.html",
    "www.aliexpress.com/item/1.html",
]
AS_SENT = [
    "https://www.aliexpress.com/item/1005001234567890.html",
    "https://aliexpress.com/item/1005001234567890.html?spm=a2g0o",
    "https://s.click.aliexpress.com/e/_DkLXf5b",
    "https://aliexpress.ru/item/1005001234567890.html",
    "https://www.aliexpress.us/item/3256801234567890.html",
    "https://pt.aliexpress.com/item/1005001234567890.html",
]


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """What reached the system's opener; nothing is really opened."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return urls


def stored_row(product_url: str | None, product_id: int | None = PRODUCT_ID) -> store.OrderRow:
    record = order_record(product_url=product_url, product_id=product_id)
    store.save_orders([record], record.paid_at)
    return next(
        row for row in store.iter_rows(store.OrderFilter()) if row.sub_order_id == record.sub_order_id
    )


@pytest.mark.parametrize("link", HARMFUL)
def test_a_harmful_link_opens_the_canonical_page_or_nothing(store_path, opened, link: str) -> None:
    row = stored_row(link)
    assert row_actions.open_product_page(row)
    assert row_actions.open_product_page(row._replace(product_id=None)) is False
    assert not row_actions.open_link(link)
    assert opened == [CANONICAL]


@pytest.mark.parametrize("link", AS_SENT)
def test_aliexpress_pages_open_as_the_api_sent_them(store_path, opened, link: str) -> None:
    row_actions.open_product_page(stored_row(link))
    assert opened == [link]


def click_link(qtbot, label) -> None:
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(8, label.height() // 2))


@pytest.mark.parametrize(("link", "expected"), [(HARMFUL[0], CANONICAL), (AS_SENT[2], AS_SENT[2])])
def test_a_click_on_the_details_pane_link_goes_through_the_same_check(
    qtbot, store_path, opened, link: str, expected: str
) -> None:
    details = OrderDetails()
    qtbot.addWidget(details)
    details.resize(400, 600)
    details.show()
    details.show_row(stored_row(link))
    click_link(qtbot, details.product_link)
    assert opened == [expected]
    opened.clear()
    details.product_link.linkActivated.emit(HARMFUL[3])  # even a link the label never showed
    assert opened == []


def test_the_details_pane_opens_nothing_without_a_safe_link_or_product_id(qtbot, store_path, opened) -> None:
    details = OrderDetails()
    qtbot.addWidget(details)
    details.show()
    details.show_row(stored_row(HARMFUL[0], product_id=None))
    assert details.product_link.text() == ""
    details.product_link.linkActivated.emit(HARMFUL[0])
    assert opened == []


hosts = st.sampled_from(
    [
        "www.aliexpress.com",
        "aliexpress.ru",
        "aliexpress.com.evil.example",
        "evilaliexpress.com",
        "evil.example",
    ]
)
glue = st.sampled_from(["", "@", "\\", "/", "#", "?", ":", ".", "%2e", "%40", "user@", ":443", ":8443", "//"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    scheme=st.sampled_from(
        ["https://", "HTTPS://", "http://", "file://", "javascript:", "ms-settings:", "//", ""]
    ),
    parts=st.lists(st.one_of(hosts, glue, st.text(max_size=3)), min_size=1, max_size=5),
)
def test_whatever_is_opened_is_an_aliexpress_page_to_any_parser(
    opened, scheme: str, parts: list[str]
) -> None:
    opened.clear()
    row_actions.open_link(scheme + "".join(parts))
    for url in opened:
        split = urlsplit(url)
        host = split.hostname or ""
        assert split.scheme == "https" and "\\" not in url and split.username is None
        assert host in ("aliexpress.com", "aliexpress.ru", "aliexpress.us") or host.endswith(
            (".aliexpress.com", ".aliexpress.ru", ".aliexpress.us")
        ), url


def test_the_fallback_uses_the_product_id_only(store_path) -> None:
    row = stored_row(None)
    assert row_actions.product_url(row) == CANONICAL
    assert row_actions.product_url(row._replace(product_id=None, product_url="javascript:alert(1)")) == ""
