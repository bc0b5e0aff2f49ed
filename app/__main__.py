"""``parallax`` / ``python -m app``: the desktop app, ``parallax compare ...`` or
``parallax stories ...``, ``parallax corpus ...``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A worker process of app.pool starts this same executable: freeze_support runs
        # the worker's tasks and exits instead of opening the app. First, before anything.
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "compare":
        from app.cli import main as cli_main

        return cli_main(args[1:])
    if args and args[0] == "stories":
        from app.cli import stories_main

        return stories_main(args[1:])
    if args and args[0] == "corpus":
        from app.cli import corpus_main

        return corpus_main(args[1:])
    # The desktop app is imported lazily so that the CLI never loads Qt.
    from ui.main import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
