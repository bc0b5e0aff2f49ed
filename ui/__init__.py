"""The Parallax desktop app (PySide6). Renders the engine's records; computes nothing itself.

PySide6 is pinned below 6.12 in pyproject.toml: 6.12.0 drops a reference to ``True`` on
every signal emitted from Python (and to ``None`` per message through a Python Qt message
handler), so a long session aborts with "Fatal Python error: bool_dealloc".
"""
