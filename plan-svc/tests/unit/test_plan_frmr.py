from datetime import date

import pytest

from cpd_platform.errors import InvalidArgument
from plan_svc.adapters.frmr import parse_extract
from plan_svc.domain.cycle import Document, DocumentKind
from plan_svc.domain.frmr import FRMR_NOTES, FrmrStatus, RegisterRecord, frmr_status

DOC = Document(
    id="d1",
    person_id="p1",
    kind=DocumentKind.ACCREDITATION_PRIMARY,
    specialty_code="31.08.36",
    series="",
    number="7724 031234567",
    issued_on=date(2024, 3, 15),
)


def record(**kw) -> RegisterRecord:  # type: ignore[no-untyped-def]
    base = {
        "snils": "11223344595",
        "document_kind": DocumentKind.ACCREDITATION_PRIMARY,
        "series": "",
        "number": "7724-031234567",
        "specialty_code": "31.08.36",
        "issued_on": date(2024, 3, 15),
    }
    return RegisterRecord(**{**base, **kw})


def test_no_extract_loaded_means_not_checked() -> None:
    assert frmr_status(DOC, "11223344595", None) == FrmrStatus.NOT_CHECKED


def test_a_matching_record_confirms_the_document() -> None:
    assert frmr_status(DOC, "11223344595", [record()]) == FrmrStatus.CONFIRMED
    assert frmr_status(DOC, None, [record()]) == FrmrStatus.CONFIRMED


def test_a_different_date_specialty_or_snils_is_not_confirmed_with_advice() -> None:
    for other in (
        record(issued_on=date(2024, 3, 16)),
        record(specialty_code="31.08.49"),
        record(snils="00000000000"),
        record(document_kind=DocumentKind.CERTIFICATE),
    ):
        assert frmr_status(DOC, "11223344595", [other]) == FrmrStatus.NOT_CONFIRMED
    assert frmr_status(DOC, "11223344595", []) == FrmrStatus.NOT_CONFIRMED
    assert "отдел кадров" in FRMR_NOTES[FrmrStatus.NOT_CONFIRMED]


def test_json_and_csv_extracts_parse_to_the_same_records() -> None:
    as_json = b'{"records": [{"snils": "112-233-445 95", "document_kind": "accreditation_primary", "series": "", "number": "7724 031234567", "specialty_code": "31.08.36", "issued_on": "2024-03-15"}]}'
    as_csv = (
        b"snils,document_kind,series,number,specialty_code,issued_on\n"
        b"11223344595,accreditation_primary,,7724 031234567,31.08.36,2024-03-15\n"
    )
    assert parse_extract(as_json, "json") == parse_extract(as_csv, "csv")
    (parsed,) = parse_extract(as_csv, "csv")
    assert parsed.snils == "11223344595"


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (b"not json", "json"),
        (b'[{"number": "1", "specialty_code": "31.08.36", "issued_on": "15.03.2024"}]', "json"),
        (b"a,b\n1,2\n", "csv"),
        (b"[]", "xml"),
    ],
)
def test_a_malformed_extract_is_refused(content: bytes, fmt: str) -> None:
    with pytest.raises(InvalidArgument):
        parse_extract(content, fmt)


def test_an_over_long_number_in_the_extract_is_refused_naming_the_record() -> None:
    """Issue 11: a 65-character number reached a 64-character column (an internal error)."""
    content = (
        b"snils,document_kind,series,number,specialty_code,issued_on\n"
        b"11223344595,accreditation_primary,,7724 1,31.08.36,2024-03-15\n"
        b"11223344595,accreditation_primary,," + b"1" * 65 + b",31.08.36,2024-03-15\n"
    )
    with pytest.raises(InvalidArgument) as caught:
        parse_extract(content, "csv")
    assert caught.value.code == "text_too_long"
    assert caught.value.message.startswith("Запись 2:")
