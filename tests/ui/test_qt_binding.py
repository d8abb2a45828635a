"""Guards against a broken Qt binding.

PySide6-Essentials 6.12.0 on Python 3.11 returns ``None`` from every void C++ method, and ``True``
from ``Signal.emit``, without taking a reference: after a few thousand calls the interpreter aborts
("none_dealloc"). pyproject.toml keeps that release out; this test fails if a binding with the
same fault is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget


class _Emitter(QObject):
    ping = Signal(int)


def test_void_calls_and_emits_keep_singleton_reference_counts(qapp: object) -> None:
    widget, label, emitter = QWidget(), QLabel(), _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        widget.setWindowTitle("x")
        label.setText("y")
        emitter.ping.emit(1)
    # A few references may come and go elsewhere; a leak of one per call would be >= 500.
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
