"""Alembic, driven from code: migrations are applied automatically when a file is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError

from models.errors import MigrationError, NewerFileError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise NewerFileError(
            "This customer file was written by a newer version of Regulars "
            f"(schema {current}); update the program to open it."
        )
    if current == script.get_current_head() and revision == "head":
        return
    try:
        command.upgrade(alembic_config(engine), revision)
    except SADatabaseError as exc:
        raise MigrationError(
            f"could not upgrade the customer file to this version of Regulars ({exc.orig}); "
            "the file was left as it was"
        ) from exc
