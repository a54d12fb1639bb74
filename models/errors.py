"""Why a customer file cannot be opened; each message is meant for the user."""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """A customer file cannot be opened; the message is meant for the user."""


class FileInUseError(DatabaseError):
    pass


class NotACustomerFileError(DatabaseError):
    pass


class MissingFileError(DatabaseError):
    pass


class SetAsideError(MissingFileError):
    """The file is missing but a restore kept one aside in its place: it may be put back."""

    def __init__(self, path: Path, kept: list[Path]):
        self.path, self.kept = path, kept
        super().__init__(
            f"{path}: the customer file is missing, but a restore that did not finish kept "
            f"the previous one aside as {kept[0]}. Put it back with:\n"
            f"  regulars restore {kept[0]} --db {path}")


class NewerFileError(DatabaseError):
    pass


class MigrationError(DatabaseError):
    pass
