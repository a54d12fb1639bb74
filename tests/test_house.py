"""The shape of the code (issue 14): no module over 500 lines unless it says why, and no two
modules that import each other (the rooms' order is import-linter's, in pyproject.toml)."""

from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 500


def _modules():
    for top in ("main.py", "dev.py", "cli", "ui", "services", "models"):
        path = ROOT / top
        yield from [path] if path.is_file() else sorted(path.rglob("*.py"))


def test_no_module_over_500_lines_unless_it_says_why():
    too_long = []
    for path in _modules():
        if "versions" in path.parts:  # migrations are written once and never edited
            continue
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > LIMIT and "longer than 500 lines" not in text[:600]:
            too_long.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines")
    assert too_long == []


def test_no_two_modules_import_each_other():
    pairs = set()
    for package in ("services", "models", "ui", "cli"):
        graph = grimp.build_graph(package, include_external_packages=False)
        for module in graph.modules:
            for other in graph.find_modules_directly_imported_by(module):
                if module in graph.find_modules_directly_imported_by(other):
                    pairs.add(tuple(sorted((module, other))))
    assert sorted(pairs) == []


def test_main_only_starts_the_command_line_or_the_window():
    assert sum(1 for _ in (ROOT / "main.py").open(encoding="utf-8")) < 100


def test_a_service_takes_one_kind_of_handle():
    """The Database when it owns its transaction, else the Session: never both."""
    import ast

    both = []
    for path in (ROOT / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                names = {a.arg for a in node.args.args}
                if {"db", "session"} <= names:
                    both.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert both == []
