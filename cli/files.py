"""The customer file itself: create, demo data, backup, restore, check."""

from __future__ import annotations

from pathlib import Path

from cli.args import date_arg, db_option, up_to
from cli.common import open_db, print_json


def cmd_demo(args) -> int:
    from services.maintenance.demo import generate

    with open_db(args, create=True) as db:
        report = generate(db, args.customers, seed=args.seed, end=args.end)
    print(f"{report.customers} customers and {report.purchases} purchases written to "
          f"{db.path or db.url} in {report.seconds:.1f} s")
    return 0


def cmd_create(args) -> int:
    from services.core.errors import ServiceError

    target = args.db or str(_file_path(args))
    if "://" not in target and Path(target).expanduser().exists():
        raise ServiceError(f"{Path(target).expanduser().resolve()} already exists; it was left "
                           "as it was")
    with open_db(args, create=True) as db:
        where = db.path or db.url
    print(f"New customer file: {where}")
    return 0


def cmd_backup(args) -> int:
    from services.maintenance.backup import backup_now

    with open_db(args) as db:
        path = backup_now(db, args.output)
    print(f"Backup written to {path}")
    return 0


def _file_path(args) -> Path:
    from services.core.paths import default_customer_file

    if args.db and "://" in args.db:
        from services.core.errors import ServiceError

        raise ServiceError("restore is for customer files, not database servers")
    return Path(args.db).expanduser().resolve() if args.db else default_customer_file()


def cmd_restore(args) -> int:
    from services.maintenance.backup import restore_closed

    path = _file_path(args)
    aside = restore_closed(path, args.backup)
    print(f"Restored {args.backup} as {path}"
          + (f"; the file it replaced is kept as {aside}" if aside else ""))
    return 0


def cmd_check(args) -> int:
    from models.database import NotACustomerFileError, SetAsideError
    from services.maintenance.backup import bad_backups
    from services.maintenance.check import repair, run_checks

    try:
        db = open_db(args)
    except (NotACustomerFileError, SetAsideError) as exc:
        return _report_unopened(args, exc)
    with db:
        repaired = repair(db) if args.repair else None
        problems = [{"where": p.where, "message": p.message} for p in run_checks(db)]
        if db.path is not None:
            problems += [{"where": str(path), "message": f"not a usable backup: {why}"}
                         for path, why in bad_backups(db.path)]
    if args.json:
        print_json({"ok": not problems, "repaired": repaired, "problems": problems})
    else:
        if repaired is not None:
            print(f"Rebuilt the search index of {repaired} customers.")
        if problems:
            print(f"Problems found: {len(problems)}")
            for p in problems:
                print(f"  {p['where']}: {p['message']}")
        else:
            print("No problems found.")
    return 1 if problems else 0


def _report_unopened(args, exc) -> int:
    """`check` on a file it cannot open: what is wrong, and the way back (a backup, or the file
    a restore kept aside)."""
    from models.database import SetAsideError
    from services.maintenance.backup import newest_good

    server = bool(args.db and "://" in args.db)
    path = args.db if server else _file_path(args)
    kept = exc.kept if isinstance(exc, SetAsideError) else []
    good = None if kept or server else newest_good(path)
    if args.json:
        print_json({"ok": False, "repaired": None,
                     "problems": [{"where": str(path), "message": str(exc)}],
                     "kept_aside": [str(k) for k in kept],
                     "newest_good_backup": str(good) if good else None})
        return 1
    if kept:
        print(str(exc))
        return 1
    print(f"Cannot open the customer file: {exc}")
    if good:
        print(f"The newest good backup is {good}. Restore it with:\n"
              f"  regulars restore {good} --db {path}\n"
              "(the damaged file is kept aside, not deleted)")
    else:
        print("No good backup was found beside it.")
    return 1


def add_commands(sub) -> None:
    """The files commands, registered by the group itself."""
    demo = sub.add_parser("demo", help="fill a new customer file with demo data")
    db_option(demo)
    demo.add_argument("--customers", type=up_to(1_000_000), required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--end", type=date_arg, default=None, metavar="YYYY-MM-DD",
                      help="last day of the three years of purchases (default: today)")
    demo.set_defaults(func=cmd_demo)

    create = sub.add_parser("create", help="make a new, empty customer file (the other "
                            "commands only open an existing one)")
    db_option(create)
    create.set_defaults(func=cmd_create)

    backup = sub.add_parser("backup", help="a consistent copy of the customer file")
    db_option(backup)
    backup.add_argument("-o", "--output", metavar="FILE",
                        help="where (default: the backups folder beside the file)")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", help="put a backup in place of the customer file "
                             "(the current file is kept aside)")
    db_option(restore)
    restore.add_argument("backup", metavar="FILE")
    restore.set_defaults(func=cmd_restore)

    check = sub.add_parser("check", help="check the customer file for damage and inconsistencies")
    db_option(check)
    check.add_argument("--repair", action="store_true",
                       help="rebuild derived data (search index) before checking")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)
