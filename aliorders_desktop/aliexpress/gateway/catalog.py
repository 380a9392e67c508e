"""The vocabulary the simulated orders are drawn from: products, publisher channels, sites, countries.

The titles deliberately mix scripts, accents, emoji, quotes and commas, and include a few that start
with `=`, `+`, `-` or `@`, so that storage, display and CSV/Excel export are exercised on the kind of
text real AliExpress listings carry (and on formula-injection bait).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (title, category_id). Category IDs are plausible AliExpress top-level categories.
BASE_TITLES: tuple[tuple[str, int], ...] = (
    ("Wireless Bluetooth Earbuds TWS 5.3 Noise Cancelling", 44),
    ("USB-C Fast Charging Cable 2m 100W", 509),
    ("Stainless Steel Kitchen Knife Set 6pcs", 15),
    ("LED Strip Lights RGB 5m with Remote", 39),
    ("Men's Quartz Watch Waterproof Leather Strap", 1511),
    ("Magnetic Car Phone Holder for Dashboard", 34),
    ("Mechanical Keyboard 68 Keys Hot-Swap", 7),
    ("Women's Summer Dress Floral Print", 100003109),
    ("Portable Mini Projector 1080P", 44),
    ('Phone Case "Armor", Shockproof, for Galaxy S24', 509),
    ("Беспроводные наушники TWS с шумоподавлением", 44),
    ("Зарядное устройство USB-C 65 Вт GaN", 509),
    ("Набор отвёрток с магнитными битами 25 в 1", 1420),
    ("Женская сумка через плечо из экокожи", 1524),
    ("Умные часы с пульсометром и NFC", 44),
    ("Auriculares inalámbricos con cancelación de ruido", 44),
    ("Funda de teléfono de silicona para iPhone 15 — diseño clásico", 509),
    ("Lámpara de mesa LED regulable con carga inalámbrica", 39),
    ("Camiseta de algodón para niños, tamaño pequeño", 1501),
    ("Organizador de cocina de acero inoxidable (año 2024)", 15),
    ("Borsa da donna in pelle sintetica – elegante", 1524),
    ("Caricabatterie wireless rapido 15W per iPhone e Android", 509),
    ("سماعات لاسلكية بلوتوث مع ميكروفون", 44),
    ("ساعة ذكية رياضية مقاومة للماء", 44),
    ("حقيبة ظهر للسفر بسعة كبيرة", 1524),
    ("无线蓝牙耳机 降噪 超长续航", 44),
    ("不锈钢保温杯 500毫升", 15),
    ("儿童益智积木玩具 200片", 26),
    ("ワイヤレスイヤホン Bluetooth 5.3 防水", 44),
    ("折りたたみ傘 自動開閉 晴雨兼用", 1503),
    ("キッチン用シリコンスパチュラ 3点セット", 15),
    ("무선 블루투스 이어폰 노이즈 캔슬링", 44),
    ("🔥 Hot Sale 🔥 Magnetic Phone Ring Holder 💯", 509),
    ("Cute Cat Ears Headphones 🐱🎧 LED Glow", 44),
    ("🎄 Christmas Tree Lights 100 LED ✨", 39),
    # Formula-injection bait: a spreadsheet would evaluate these if exported unescaped.
    ('=HYPERLINK("http://example.invalid","Click me") Sunglasses', 1511),
    ("+1 Extra Battery Pack 10000mAh", 44),
    ("@Home Smart Plug WiFi Timer", 39),
    ("-50% Flash Deal Polarized Sunglasses", 1511),
)

# (channel, weight): the tracking IDs a publisher creates, one per promotion channel.
CHANNELS: tuple[tuple[str, int], ...] = (
    ("default", 20),
    ("tg_deals", 30),
    ("yt_reviews", 15),
    ("ig_stories", 12),
    ("blog_main", 10),
    ("vk_group", 8),
    ("tiktok_bio", 5),
)

# (site, weight, settlement currency, ship-to countries)
SITE_PROFILES: tuple[tuple[str, int, str, tuple[str, ...]], ...] = (
    (
        "global",
        65,
        "USD",
        (
            "US",
            "BR",
            "FR",
            "DE",
            "PL",
            "IL",
            "SA",
            "AE",
            "UA",
            "KR",
            "JP",
            "NL",
            "GB",
            "CA",
            "AU",
            "MX",
            "CL",
            "TR",
        ),
    ),
    ("ru_site", 15, "RUB", ("RU", "RU", "RU", "RU", "BY", "KZ")),
    ("es_site", 12, "USD", ("ES",)),
    ("it_site", 8, "USD", ("IT",)),
)

# Kopecks per US cent: RUB amounts are the USD price converted at a fixed rate.
RUB_PER_USD = 92

COMMISSION_RATES_BP = (300, 500, 700, 700, 800, 900, 1000, 1200)  # basis points: 700 = "7.00%"


@dataclass(frozen=True, slots=True)
class Product:
    """One listing; several listings can share a title (different sellers)."""

    product_id: int
    title: str
    category_id: int
    price_cents: int
    commission_rate_bp: int
    image_url: str

    @property
    def detail_url(self) -> str:
        return f"https://www.aliexpress.com/item/{self.product_id}.html"


def build_products(rng: random.Random, listings_per_title: int = 8) -> list[Product]:
    """Make the catalogue: every base title sold by a few sellers at different prices and rates."""
    products: list[Product] = []
    product_id = 1005006000000000 + rng.randrange(10**11)
    for title, category_id in BASE_TITLES:
        for _ in range(listings_per_title):
            product_id += rng.randint(1, 10**6)
            dollars = min(max(rng.lognormvariate(2.0, 0.8), 0.5), 300.0)
            products.append(
                Product(
                    product_id=product_id,
                    title=title,
                    category_id=category_id,
                    price_cents=round(dollars * 100),
                    commission_rate_bp=rng.choice(COMMISSION_RATES_BP),
                    image_url=f"https://ae01.alicdn.com/kf/S{rng.getrandbits(128):032x}.jpg",
                )
            )
    return products
