"""Talking to the AliExpress Affiliate API: signing, the HTTP client, parsing, and a local simulator."""
