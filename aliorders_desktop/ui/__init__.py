"""The window: every Qt widget and model lives here, and only here."""
