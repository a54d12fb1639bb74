"""Where Regulars keeps its files by default (the platform's user data and log folders)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Regulars"


def data_dir() -> Path:
    override = os.environ.get("REGULARS_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("REGULARS_HOME")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_customer_file() -> Path:
    return data_dir() / "customers.regulars"


def ensure_private_dir(path: Path) -> Path:
    """Our own folder of personal data: readable by its owner only, however it was made."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
