"""Logging to a rotating file in the platform's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from services.core.paths import ensure_private_dir, log_dir

LOG_NAME = "regulars.log"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Attach the rotating file handler once; returns the log file's path (None if unwritable)."""
    root = logging.getLogger()
    wanted = log_file()
    for handler in list(root.handlers):
        if getattr(handler, "_regulars", False):
            if Path(handler.baseFilename) == wanted.absolute():
                return wanted
            root.removeHandler(handler)  # the log folder moved (REGULARS_HOME changed)
            handler.close()
    try:
        path = ensure_private_dir(log_dir()) / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        if os.name == "posix":
            os.chmod(path, 0o600)
    except OSError:
        return None
    handler._regulars = True  # type: ignore[attr-defined]
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(level)
    return path
