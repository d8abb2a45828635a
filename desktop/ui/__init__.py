"""The Qt layer (PySide6 only here).

PySide6-Essentials 6.12 on Python 3.11 drops one reference to ``None`` each time a C++ method
that returns void is called (Python 3.12 made ``None`` immortal, so the wheel stopped counting
it). After a few thousand calls the interpreter aborts with "none_dealloc: deallocating None".
Until the wheel is fixed, give ``None`` a count no run can exhaust, as Python 3.12 does.
"""

import sys

if sys.version_info < (3, 12):  # pragma: no branch - Python 3.11 only
    import ctypes

    # ob_refcnt is the first field of every object in release builds of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
