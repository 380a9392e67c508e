"""Pulling orders from AliExpress into the local store: window planning and the sync service."""
