"""`bench` lives at the top of the checkout, beside the package, and is not installed."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
