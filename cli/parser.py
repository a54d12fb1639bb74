"""The command line's grammar: the top-level parser, each command group adding its own
subcommands (cli/files.py, cli/customers.py, …), so that a bad value is refused (exit 2)
before anything is opened."""

from __future__ import annotations

import re

from cli import customers, files, mailing, printing, reports, segments, settings, transfer
from cli.args import Parser, UsageError, db_option  # noqa: F401  (UsageError: main's)
from services.core.version import __version__

GROUPS = (files, customers, reports, printing, segments, settings, mailing, transfer)


def build_parser() -> Parser:
    p = Parser(prog="regulars", description="Regulars: the customer file for repeat buyers.")
    p.add_argument("--version", action="version", version=f"Regulars {__version__}")
    db_option(p, top=True)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.add_commands(sub)
    return p


_NO_YEAR_DATE = re.compile(r"^--\d{2}-\d{2}$")


def glue_no_year_dates(argv: list[str]) -> list[str]:
    """`--birthday --03-08` would read --03-08 as an option; glue it to its option."""
    out: list[str] = []
    for arg in argv:
        if out and _NO_YEAR_DATE.match(arg) and out[-1].startswith("--") and "=" not in out[-1]:
            out[-1] = f"{out[-1]}={arg}"
        else:
            out.append(arg)
    return out


def refuse_undecodable(argv: list[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates, which no database, file or
    terminal takes: say which argument it is rather than fail halfway."""
    for n, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise UsageError(f"regulars: argument {n} ({shown!r}) is not UTF-8 text; if it "
                             "is a file's name, rename the file") from None
