"""ISBN checks, using python-stdnum (checksums for ISBN-10 and ISBN-13, hyphenation ranges)."""

from django.core.exceptions import ValidationError
from stdnum import isbn
from stdnum.exceptions import ValidationError as StdnumValidationError


def normalise_isbn(value: str) -> str:
    """The ISBN-13 form of a valid ISBN-10 or ISBN-13, without hyphens or spaces."""
    return isbn.to_isbn13(isbn.validate(value))


def validate_isbn(value: str) -> None:
    if not value:
        return
    try:
        isbn.validate(value)
    except StdnumValidationError:
        raise ValidationError(
            "“%(value)s” is not a valid ISBN. Enter the 10- or 13-digit number from the "
            "book's copyright page; hyphens and spaces are fine.",
            code="invalid_isbn",
            params={"value": value},
        ) from None


def format_isbn(value: str) -> str:
    """Hyphenated for display, e.g. 978-0-306-40615-7; returns the input if it is not an ISBN."""
    try:
        return isbn.format(value)
    except StdnumValidationError:
        return value
