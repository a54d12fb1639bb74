"""What every command's options are built from: the parser that exits 2 with one line, the
--db option, and the types that check a value before anything is opened."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from cli.common import LARGEST


class UsageError(Exception):
    """Bad input from the command line: exit 2 with this one-line reason."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, as scripts expect
        raise UsageError(f"{self.prog}: {message}")


def db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None if top else argparse.SUPPRESS,
        help="customer file (or an SQLAlchemy URL such as postgresql://…); "
        "default: the one in your user data folder",
    )


FIRST_YEAR, LAST_YEAR = 1900, 9999  # a date before 1900 is a typing slip in a shop's file


def date_arg(text: str) -> dt.date:
    from services.core.errors import ValidationError
    from services.text.dates import parse_date

    try:
        value = parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.errors[0].message) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text}: the year must be between {FIRST_YEAR} and "
                                         f"{LAST_YEAR}")
    return value


def positive_int(text: str, most: int = LARGEST) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    if value > most:
        raise argparse.ArgumentTypeError(f"{value} is too large (at most {most})")
    return value


def up_to(most: int) -> Callable[[str], int]:
    def whole(text: str) -> int:
        return positive_int(text, most)

    return whole


def print_options(parser: argparse.ArgumentParser):
    """For whom (one of --customers, --all, --segment) and the PDF to write."""
    db_option(parser)
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--customers", metavar="ID,ID…", help="these customers, in this order")
    who.add_argument("--all", action="store_true", help="every customer not archived")
    who.add_argument("--segment", metavar="NAME", help="a saved segment ('all': everyone)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    return who
