"""Maintenance's settings: how many daily backups are kept."""

from __future__ import annotations

from services.core.settings import Option

OPTIONS = (
    Option("backup_keep", 7, "daily backups kept beside the customer file", "int", 1, 365),
)
