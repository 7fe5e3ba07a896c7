"""``python -m connect_desktop``."""

import sys

from connect_desktop.app import main

sys.exit(main())
