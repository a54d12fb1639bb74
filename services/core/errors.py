from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ServiceError(Exception):
    """Something the user asked for cannot be done; str() is a message for them."""


class ValidationError(ServiceError):
    def __init__(self, errors: list[FieldError] | FieldError):
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, field: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field]


class NotFoundError(ServiceError):
    pass


class Cancelled(ServiceError):
    """The user stopped a long job; what it had done is rolled back."""


def field_error(field: str, message: str) -> ValidationError:
    return ValidationError(FieldError(field, message))
