"""ФРМР (федеральный регистр медицинских работников): is a document confirmed in the register?

The status is shown beside the document and never blocks the plan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from plan_svc.domain.cycle import Document, DocumentKind, normalise_document_number


class FrmrStatus(StrEnum):
    NOT_CHECKED = "not_checked"
    CONFIRMED = "confirmed"
    NOT_CONFIRMED = "not_confirmed"


FRMR_NOTES: dict[FrmrStatus, str] = {
    FrmrStatus.NOT_CHECKED: "Не проверен в ФРМР",
    FrmrStatus.CONFIRMED: "Подтверждён в ФРМР",
    FrmrStatus.NOT_CONFIRMED: (
        "Не подтверждён в ФРМР. Обратитесь в отдел кадров работодателя: сведения о документе "
        "в регистр передаёт медицинская организация. На план это не влияет."
    ),
}


@dataclass(frozen=True, slots=True)
class RegisterRecord:
    """One document as the register extract lists it."""

    snils: str | None
    document_kind: DocumentKind | None
    series: str
    number: str
    specialty_code: str
    issued_on: date

    def matches(self, document: Document, person_snils: str | None) -> bool:
        if self.snils and person_snils and self.snils != person_snils:
            return False
        if self.document_kind is not None and self.document_kind != document.kind:
            return False
        return (
            normalise_document_number(self.number) == normalise_document_number(document.number)
            and normalise_document_number(self.series) == normalise_document_number(document.series)
            and self.specialty_code == document.specialty_code
            and self.issued_on == document.issued_on
        )


def frmr_status(
    document: Document, person_snils: str | None, register: Iterable[RegisterRecord] | None
) -> FrmrStatus:
    """`register` is None while no extract has been loaded: nothing was checked yet."""
    if register is None:
        return FrmrStatus.NOT_CHECKED
    if any(record.matches(document, person_snils) for record in register):
        return FrmrStatus.CONFIRMED
    return FrmrStatus.NOT_CONFIRMED
