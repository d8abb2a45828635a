"""What both executables of the bundled app run: the ``emptychair`` command's own entry point.

``emptychair`` (the GUI, no console window on Windows) and ``emptychair-cli`` (the headless
commands, with a console on Windows) differ only in how the bundle builds them.
"""

import sys

from desktop.app import main

sys.exit(main())
