"""Every subcommand driven with odd values: it does its work (exit 0) or says what is wrong
(exit 2), never an unexpected error (exit 1) and never a traceback."""

import argparse
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from main import build_parser, run_cli

NOT_UTF8 = b"\xff\xfe\xc3(".decode("utf-8", "surrogateescape")  # what Python makes of such bytes
ODD = ["", " ", "0", "-1", "1", "2", "3", str(2**31), str(2**63), str(2**64), "9" * 20,
       "1e308", "nan", "inf", "-inf", "0001-01-01", "9999-12-31", "31.02.2025", "2025-13-01",
       "--01-01", NOT_UTF8, "x" * 3000, "'; DROP TABLE customer; --", "{0}", "{salutation}",
       "%s", "1,2,3", "1,,2", "A4,3x8,70x36,0,4.5", "A4,3x8,nan,nan,0,0",
       "A4,99999x99999,1x1,0,0", "A4,3x8,70x36,inf,-inf", "Петрова", "😀",
       "+7 916 123-45-67", "a@b", "bogus://x", "mysql://u@localhost/x",
       "postgresql://nobody@127.0.0.1:1/none", "all", "ru", "utf-16", ";", "\t"]
PATHS = ["out.pdf", "sub/none/out.pdf", ".", "", NOT_UTF8 + ".pdf", "readonly/out.pdf"]
OUTPUT = {"--output", "-o", "--ics", "--eml"}


def commands() -> list[tuple[list[str], argparse.ArgumentParser]]:
    out = []

    def walk(parser, path):
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs and path:
            out.append((path, parser))
        for a in subs:
            for name, sub in a.choices.items():
                walk(sub, [*path, name])

    walk(build_parser(), [])
    return out


COMMANDS = commands()


# a run that works, for each subcommand; the test then makes one or two of its values odd
BASE = {
    "demo": ["--customers", "3"], "create": [], "search": ["Ив"],
    "customer add": ["--name", "Иванов Иван"], "customer show": ["1"],
    "customer archive": ["2"], "customer restore": ["2"],
    "purchase add": ["1", "--amount", "100"], "stats": [], "reminders": [],
    "labels": ["--all", "-o", "out.pdf", "--sheet", "L7160"],
    "envelopes": ["--all", "-o", "out.pdf"], "cards": ["--all", "-o", "out.pdf", "--issue"],
    "letters": ["--all", "-o", "out.pdf", "--template", "birthday"],
    "segment list": [], "segment show": ["all"], "segment save": ["s1", "--spent-min", "10"],
    "segment delete": ["s1"],
    "mailing export": ["--segment", "all", "--channel", "email", "-o", "m.csv"],
    "mailing send": ["--segment", "all", "--template", "birthday", "--dry-run"],
    "backup": ["-o", "b-new.regulars"], "restore": ["b.regulars"],
    "import": ["people.csv"], "export": ["--format", "csv", "-o", "e.csv"],
    "dedupe": [], "check": [], "settings show": [], "settings set": ["dormant_factor", "3"],
}
OWN_FILE = {"demo", "create", "restore"}  # these make or replace a file: never the shared one


@st.composite
def command_lines(draw, db: str):
    path, parser = draw(st.sampled_from(COMMANDS))
    name = " ".join(path)
    argv = [*path, *BASE[name]]
    actions = [a for a in parser._actions
               if not isinstance(a, argparse._HelpAction) and a.dest != "db"]
    positionals = [a for a in actions if not a.option_strings]
    for _ in range(draw(st.integers(1, 2)) if actions else 0):
        action = draw(st.sampled_from(actions))
        if action.nargs == 0:
            argv.append(action.option_strings[0])
            continue
        if action.choices is not None and draw(st.booleans()):
            value = draw(st.sampled_from(sorted(action.choices)))
        elif set(action.option_strings) & OUTPUT:
            value = draw(st.sampled_from(PATHS))
        else:
            value = draw(st.sampled_from(ODD) | st.text(max_size=12))
        if action.option_strings:
            flag = action.option_strings[0]
            if flag in argv:
                argv[argv.index(flag) + 1] = value
            else:
                argv += [flag, value]
        else:  # a positional: the n-th value after the command's words
            at = len(path) + positionals.index(action)
            if at < len(argv) and not argv[at].startswith("-"):
                argv[at] = value
            else:
                argv.insert(at, value)
    if draw(st.booleans()) and any(a.dest == "json" for a in actions):
        argv.append("--json")
    target = f"own-{draw(st.integers(0, 5))}.regulars" if name in OWN_FILE else db
    argv += ["--db", draw(st.sampled_from([target] * 8 + [
        "bogus://x", "mysql://u@localhost/x", ".", "readonly/c.regulars", "missing.regulars",
        NOT_UTF8]))]
    return argv


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    root = tmp_path_factory.mktemp("odd")
    db = root / "c.regulars"
    assert run_cli(["demo", "--customers", "30", "--db", str(db)]) == 0
    assert run_cli(["backup", "-o", str(root / "b.regulars"), "--db", str(db)]) == 0
    (root / "people.csv").write_text("Фамилия,Имя,Телефон\nПетрова,Анна,+79161234567\n",
                                     encoding="utf-8")
    readonly = root / "readonly"
    readonly.mkdir()
    assert run_cli(["create", "--db", str(readonly / "c.regulars")]) == 0
    (readonly / "c.regulars").chmod(stat.S_IRUSR)
    readonly.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield root, db
    readonly.chmod(stat.S_IRWXU)


def _run(argv, capsys) -> tuple[int, str]:
    code = run_cli(argv)
    out, err = capsys.readouterr()
    return code, err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders anyway")
def test_read_only_file_is_a_clear_refusal(place, capsys, monkeypatch):
    root, _db = place
    monkeypatch.chdir(root)
    code, err = _run(["customer", "add", "--name", "X", "--db", "readonly/c.regulars"], capsys)
    assert code == 2 and "read-only" in err


def test_a_file_that_cannot_be_written_is_refused_before_anything_is_tried(
        place, capsys, monkeypatch):
    root, db = place
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if (
        mode == os.W_OK and Path(p) == db) else real(p, mode, **kw))
    code, err = _run(["customer", "add", "--name", "X", "--db", str(db)], capsys)
    assert code == 2 and f"{db}: read-only" in err and len(err.splitlines()) == 1


def test_every_subcommand_has_a_working_run_to_start_from(place, capsys, monkeypatch):
    root, db = place
    monkeypatch.chdir(root)
    assert sorted(BASE) == sorted(" ".join(path) for path, _parser in COMMANDS)
    for name, args in BASE.items():
        target = f"base-{name}.regulars" if name in OWN_FILE else str(db)
        code, err = _run([*name.split(), *args, "--db", target], capsys)
        assert code == 0, (name, err)


@settings(max_examples=600, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(data=st.data())
def test_every_subcommand_exits_0_or_2_with_odd_values(place, capsys, monkeypatch, data):
    root, db = place
    monkeypatch.chdir(root)
    argv = data.draw(command_lines(str(db)))
    code, err = _run(argv, capsys)
    assert code in (0, 2), (argv, err[-2000:])
    assert "Traceback" not in err, (argv, err[-2000:])
    assert Path(db).exists()


@pytest.mark.parametrize("argv", [
    ["customer", "show", str(2**63)],
    ["customer", "archive", "1", str(2**64)],
    ["purchase", "add", str(2**63), "--amount", "10"],
    ["search", "Анна", "--limit", str(2**63)],
    ["search", NOT_UTF8],
    ["customer", "add", "--name", NOT_UTF8],
    ["stats", "--from", "0001-01-01"],
    ["reminders", "--days", "3000000"],
    ["labels", "--all", "-o", "x.pdf", "--grid", "A4,3x8,70x36,nan,nan"],
    ["labels", "--all", "-o", "x.pdf", "--grid", "A4,99999x99999,1x1,0,0"],
    ["segment", "save", "odd", "--spent-min", "nan"],
    ["segment", "save", "odd", "--spent-min", "inf"],
    ["segment", "save", "odd", "--spent-max", "1e308"],
    ["segment", "save", "odd", "--purchases-min", "9" * 20],
    ["demo", "--customers", str(2**40)],
])
def test_the_odd_values_seen_by_testers_exit_2(place, capsys, monkeypatch, argv):
    root, db = place
    monkeypatch.chdir(root)
    code, err = _run([*argv, "--db", str(db)], capsys)
    assert code == 2, (argv, err)
    assert err.startswith("regulars") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert run_cli(["segment", "list", "--db", str(db)]) == 0  # nothing broken was kept


@pytest.mark.parametrize("url, words", [("bogus://x", "bogus"), ("mysql://u@localhost/x",
                                                                  "mysql"),
                                        ("postgresql://nobody@127.0.0.1:1/none",
                                         "cannot be reached")])
def test_database_urls_of_an_unknown_kind_or_unreachable_exit_2(capsys, url, words):
    code, err = _run(["search", "x", "--db", url], capsys)
    assert code == 2 and words in err and "damaged" not in err, err


def test_a_broken_stored_segment_is_named_and_does_not_break_the_others(tmp_path, capsys):
    import json

    from models import Segment
    from models.database import open_database

    db_path = tmp_path / "c.regulars"
    assert run_cli(["demo", "--customers", "5", "--db", str(db_path)]) == 0
    assert run_cli(["segment", "save", "good", "--spent-min", "0", "--db", str(db_path)]) == 0
    with open_database(db_path) as db, db.transaction() as s:  # an older version, or by hand
        s.add_all([Segment(name="nan", definition='{"spent_min": "nan"}'),
                   Segment(name="count", definition='{"purchases_min": "many"}'),
                   Segment(name="list", definition="[1, 2]")])
    capsys.readouterr()
    assert run_cli(["segment", "list", "--json", "--db", str(db_path)]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["good"]["count"] == 5
    assert all(rows[n]["count"] is None and "cannot be used" in rows[n]["problem"]
               for n in ("nan", "count", "list"))
    for argv in (["export", "--format", "csv", "--segment", "nan", "-o", "x.csv"],
                 ["mailing", "export", "--segment", "count", "--channel", "email", "-o",
                  "x.csv"],
                 ["labels", "--segment", "list", "-o", "x.pdf", "--sheet", "L7160"]):
        code, err = _run([*argv, "--db", str(db_path)], capsys)
        assert code == 2 and "cannot be used" in err and "save it again" in err, err
