"""The Qt layer (PySide6 only here).

PySide6-Essentials 6.12 on Python 3.11 returns ``None`` (every C++ method returning void) and
``True`` (``Signal.emit``) without taking a reference (Python 3.12 made them immortal, so the
wheel stopped counting them). After a few thousand calls the interpreter aborts with
"none_dealloc" / "bool_dealloc". Until the wheel is fixed, give these singletons a count no run
can exhaust, as Python 3.12 does.
"""

import sys

if sys.version_info < (3, 12):  # pragma: no branch - Python 3.11 only
    import ctypes

    # ob_refcnt is the first field of every object in release builds of CPython 3.11.
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
    del _singleton
