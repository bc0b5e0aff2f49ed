"""The Parallax desktop app (PySide6). Renders the engine's records; computes nothing itself.

Importing ``ui`` first works around two reference-counting bugs of PySide6 6.12.0 (6.11.3
has neither): ``SignalInstance.emit()`` returns ``True`` without taking a reference, and
a Python message handler installed with ``qInstallMessageHandler`` (pytest-qt installs
one) drops a reference to ``None`` for every Qt message. Each signal emitted from Python
lowers ``True``'s count by one, so after a few thousand the interpreter aborts with
"Fatal Python error: bool_dealloc" (or ``none_dealloc``). On CPython before 3.12, where
these singletons are not yet immortal, we give them a reference count no session can
exhaust — which is what 3.12 does for them anyway.
"""

from __future__ import annotations

import ctypes
import sys


def _pin_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for value in (True, False, None):
        # ob_refcnt is the first field of every CPython object.
        refcnt = ctypes.c_ssize_t.from_address(id(value))
        refcnt.value += 1 << 40


_pin_singletons()
