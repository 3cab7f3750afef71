"""The ФРМР adapter: locally, a register extract loaded through `LoadRegisterExtract`.

Extract formats (UTF-8):

JSON — an object with a list of records (or the list itself):

    {"records": [{"snils": "11223344595", "document_kind": "accreditation_primary",
                  "series": "", "number": "7724 031234567", "specialty_code": "31.08.36",
                  "issued_on": "2024-03-15"}]}

CSV — a header line and one record per line, comma-separated:

    snils,document_kind,series,number,specialty_code,issued_on
    11223344595,accreditation_primary,,7724 031234567,31.08.36,2024-03-15

`snils` (11 digits) and `document_kind` may be empty; `number`, `specialty_code` and
`issued_on` (ISO date) are required. A document is confirmed when a record has its number and
series (compared without spaces, dashes and case), specialty and issue date, and, where both
are known, the person's SNILS and the document kind. Loading replaces the whole extract.
`series`, `number` and `specialty_code` have the limits of a document's fields
(`plan_svc.domain.limits`): a longer one refuses the extract with `text_too_long`, naming the
record.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from cpd_platform.errors import InvalidArgument
from plan_svc.domain.cycle import DocumentKind
from plan_svc.domain.frmr import RegisterRecord
from plan_svc.domain.limits import TEXT_LIMITS, checked_text

FIELDS = ("snils", "document_kind", "series", "number", "specialty_code", "issued_on")
MAX_RECORDS = 200_000


def _record(raw: dict[str, Any], line: int) -> RegisterRecord:
    def text(key: str) -> str:
        value = raw.get(key) or ""
        if not isinstance(value, str):
            raise InvalidArgument("invalid_extract", f"Запись {line}: поле {key} не строка")
        if key not in TEXT_LIMITS:
            return value.strip()
        try:
            return checked_text(key, value)
        except InvalidArgument as exc:
            raise InvalidArgument(exc.code, f"Запись {line}: {exc.message}") from None

    snils = "".join(ch for ch in text("snils") if ch.isdigit())
    if snils and len(snils) != 11:
        raise InvalidArgument("invalid_extract", f"Запись {line}: СНИЛС из 11 цифр")
    kind = text("document_kind")
    try:
        issued_on = date.fromisoformat(text("issued_on"))
        document_kind = DocumentKind(kind) if kind else None
    except ValueError:
        raise InvalidArgument(
            "invalid_extract", f"Запись {line}: неверная дата или вид документа"
        ) from None
    if not text("number") or not text("specialty_code"):
        raise InvalidArgument("invalid_extract", f"Запись {line}: нет номера или специальности")
    return RegisterRecord(
        snils=snils or None,
        document_kind=document_kind,
        series=text("series"),
        number=text("number"),
        specialty_code=text("specialty_code"),
        issued_on=issued_on,
    )


def parse_extract(content: bytes, fmt: str) -> list[RegisterRecord]:
    try:
        decoded = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidArgument("invalid_extract", "Выписка должна быть в кодировке UTF-8") from None
    if fmt == "json":
        try:
            data = json.loads(decoded)
        except json.JSONDecodeError:
            raise InvalidArgument("invalid_extract", "Выписка — не JSON") from None
        rows = data.get("records") if isinstance(data, dict) else data
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InvalidArgument("invalid_extract", "Ожидался список записей")
    elif fmt == "csv":
        reader = csv.DictReader(io.StringIO(decoded))
        if reader.fieldnames is None or not {"number", "issued_on"} <= set(reader.fieldnames):
            raise InvalidArgument("invalid_extract", f"Заголовок CSV: {','.join(FIELDS)}")
        rows = list(reader)
    else:
        raise InvalidArgument("invalid_extract_format", "Формат выписки: json или csv")
    if len(rows) > MAX_RECORDS:
        raise InvalidArgument("extract_too_large", "Слишком большая выписка")
    return [_record(row, i + 1) for i, row in enumerate(rows)]
