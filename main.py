"""Regulars: `python main.py` opens the window; `python main.py COMMAND --help` for the rest.

Exit status: 0 success, 2 bad input or usage (one line on stderr), 1 anything unexpected
(and `check` when it finds problems).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from cli.parser import (  # noqa: F401  (build_parser: what the tests and scripts import)
    UsageError,
    build_parser,
    glue_no_year_dates,
    refuse_undecodable,
)

log = logging.getLogger("regulars")


def run_cli(argv: list[str]) -> int:
    from models.database import DatabaseError
    from services.core.errors import ServiceError

    parser = build_parser()
    try:
        refuse_undecodable(argv)
        args = parser.parse_args(glue_no_year_dates(argv))
        if args.command is None:
            from ui.app import run_gui

            return run_gui(args.db)
        func: Callable[[argparse.Namespace], int] = args.func
        return func(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (ServiceError, DatabaseError) as exc:
        print(f"regulars: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `regulars stats | head`: the reader has all it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the contract: 1 for anything unexpected, logged for the bug report
        from services.core.logs import log_file, setup_logging

        setup_logging()
        log.exception("unexpected error in %s", argv)
        print(f"regulars: unexpected error: {exc} (details in {log_file()})", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    from services.core.logs import setup_logging

    setup_logging()
    return run_cli(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    # the import checks large files in worker processes; a frozen build needs this to start them
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
