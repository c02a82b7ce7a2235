"""``python -m bot`` is the ``conference-bot`` command."""

import sys

from bot.cli import main

sys.exit(main())
