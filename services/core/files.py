"""Writing the files Regulars makes (PDFs, exports): all or nothing, so that a failed write
leaves no half-written file behind and never damages the one it replaces."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from services.core.errors import field_error


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    target = Path(path)
    if not target.parent.is_dir():
        raise field_error("output", f"{target.parent}: no such folder")
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise field_error("output", f"cannot write {path}: {exc.strerror}") from None
