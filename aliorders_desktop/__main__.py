"""`python -m aliorders_desktop` is the same as the `aliorders` command."""

import sys

from aliorders_desktop.cli import main

sys.exit(main())
