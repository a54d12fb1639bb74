"""Saved segments: their names, their members (everyone for 'all'), saving one."""

from __future__ import annotations

from models.database import Database


def segment_names(db: Database) -> list[str]:
    from services.directory.segments import segment_names as names

    return names(db)


def segment_members(db: Database, name: str) -> list[int]:
    from services.directory.segments import resolve

    ids = resolve(db, name)
    if ids is None:
        from services.directory.listing import CustomerDirectory

        ids = CustomerDirectory(db).find("")
    return ids


def save_segment(db: Database, name: str, rule) -> None:
    from services.directory.segments import save_segment as save

    save(db, name, rule)


def segment_rule_members(db: Database, rule) -> list[int]:
    from services.directory.segments import members

    return members(db, rule)
