"""Settings: `settings show` lists every setting with its value, default and meaning;
`settings set KEY VALUE` changes one, refused (exit 2) naming what is allowed."""

from __future__ import annotations

import json

from cli.args import Parser, db_option
from cli.common import open_db, print_json


def add_commands(sub) -> None:
    """The group's subcommands, registered by the group itself."""
    group = sub.add_parser("settings", help="show or change the settings stored in the file")
    ssub = group.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                required=True)
    show = ssub.add_parser("show", help="every setting: its value, default and meaning")
    db_option(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_settings_show)
    put = ssub.add_parser("set", help="change one setting (business.name, dormant_factor…)")
    db_option(put)
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.add_argument("--json", action="store_true")
    put.set_defaults(func=cmd_settings_set)


def _text(value) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def cmd_settings_show(args) -> int:
    from services.ops.settings import show

    with open_db(args) as db:
        rows = show(db)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        value = _text(row["value"])
        if len(value) > 60:
            value = value[:57] + "…"
        print(f"{row['key']:<24} {value}")
        print(f"{'':<24} {row['meaning']}")
    return 0


def cmd_settings_set(args) -> int:
    from services.ops.settings import change

    with open_db(args) as db:
        result = change(db, args.key, args.value)
    if args.json:
        print_json(result)
    else:
        print(f"{result['key']} = {_text(result['value'])}")
    return 0
