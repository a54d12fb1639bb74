"""What an import did or would do: counts, the rows rejected and why, and what was kept but
could not be verified."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

LISTED = 10_000


@dataclass
class RowError:
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f", {self.field}" if self.field else ""
        return f"row {self.row}{where}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    source: str
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False
    imported: bool = False  # False: nothing was written (a dry run, or rows were rejected)
    # kept, but unverified or moved (a number as written, a birthday into the notes)
    warnings: list[RowError] = field(default_factory=list)
    import_id: int | None = None  # the record `import undo` takes back
    # beyond LISTED of either, only counted: a file of millions of bad rows must not fill
    # the memory, and nobody reads the ten-thousandth message
    errors_left_out: int = 0
    warnings_left_out: int = 0
    _last_rejected: int | None = None

    def reject(self, row: int, problems: list[tuple[str, str]]) -> None:
        """A row rejected, with its problems (field, message)."""
        if row != self._last_rejected:
            self.rejected += 1
            self._last_rejected = row
        room = max(0, LISTED - len(self.errors))
        self.errors += [RowError(row, f, m) for f, m in problems[:room]]
        self.errors_left_out += max(0, len(problems) - room)

    def warn(self, row: int, warnings: list[tuple[str, str]]) -> None:
        """What was kept of a row but could not be verified (field, message)."""
        room = max(0, LISTED - len(self.warnings))
        self.warnings += [RowError(row, f, m) for f, m in warnings[:room]]
        self.warnings_left_out += max(0, len(warnings) - room)

    def to_json(self) -> dict:
        return {"kind": self.kind, "source": self.source, "created": self.created,
                "updated": self.updated, "skipped": self.skipped, "rejected": self.rejected,
                "errors": [asdict(e) for e in self.errors], "dry_run": self.dry_run,
                "imported": self.imported, "warnings": [asdict(w) for w in self.warnings],
                "import_id": self.import_id, "errors_left_out": self.errors_left_out,
                "warnings_left_out": self.warnings_left_out}

    def summary(self) -> str:
        if self.imported:
            return (f"{self.source}: {self.created} created, {self.updated} updated, "
                    f"{self.skipped} unchanged, {self.rejected} rejected")
        return (f"{self.source}: {self.created} to create, {self.updated} to update, "
                f"{self.skipped} unchanged, {self.rejected} rejected; nothing was written")

