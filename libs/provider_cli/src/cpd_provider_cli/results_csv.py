"""The results file: a CSV with a header row, one result per line.

Columns (names case-insensitive, in any order; `,` or `;` separated; UTF-8, a BOM is fine):

| column            | required | meaning                                                         |
|-------------------|----------|-----------------------------------------------------------------|
| external_id       | yes      | your own id of the result (the idempotency key), 1–200 chars    |
| snils             | yes      | the learner's SNILS, `112-233-445 95` or `11223344595` (≤ 32)   |
| element_id        | yes      | the element (program, event, module) id in the catalog (UUID)   |
| completion_date   | yes      | ISO date `2025-05-01` (`ДД.ММ.ГГГГ` is accepted and converted)  |
| zet               | yes      | credits (ЗЕТ, academic hours), a whole number                   |
| document_number   | no       | number of the certificate / completion document, ≤ 100 chars    |
| program_cycle_id  | no       | the ДПП program cycle (group) the result belongs to (UUID)      |

Limits, checked by credits-svc per record (a record over them is rejected with the reason code
in brackets and written to the rejected report; the rest of the file goes on; nothing is cut):
- no field may hold control characters (NUL among them) (`invalid_external_id`, ...);
- `document_number`: Cyrillic and Latin letters, digits, space and `- / . , № # ( ) _ :` only,
  at most 100 characters — no quotes or emoji (`invalid_document_number`);
- `completion_date`: not before 2016-01-01 (`completion_too_early`), not after today, Moscow
  time (`completion_in_future`), within the element's dates, or the cycle's when
  `program_cycle_id` is given (`completion_outside_element_dates`,
  `completion_outside_cycle_dates`);
- `external_id` at most 200 characters (`external_id_too_long`); a batch at most 1000 records.

Like a CE Broker roster or an ACCME PARS learner template: one line per learner and activity;
a line that cannot be read locally (no ZET number, a bad date) goes to the rejected report
without being sent.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

REQUIRED = ("external_id", "snils", "element_id", "completion_date", "zet")
OPTIONAL = ("document_number", "program_cycle_id")
ALIASES = {"completed_on": "completion_date", "date": "completion_date"}
_RUSSIAN_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")


class LayoutError(ValueError):
    """The file as a whole cannot be read (missing columns, no header)."""


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    external_id: str
    snils: str
    element_id: str
    completed_on: str
    zet: int
    document_number: str = ""
    program_cycle_id: str = ""


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    values: dict[str, str]
    reason_code: str
    message: str


def _normalised_date(value: str) -> str:
    match = _RUSSIAN_DATE.match(value)
    return f"{match[3]}-{match[2]}-{match[1]}" if match else value


def _header(names: list[str]) -> list[str]:
    cleaned = [ALIASES.get(n.strip().lower(), n.strip().lower()) for n in names]
    missing = [c for c in REQUIRED if c not in cleaned]
    if missing:
        raise LayoutError(f"в файле нет обязательных столбцов: {', '.join(missing)}")
    return cleaned


def read_results(text: str) -> Iterator[Row | BadRow]:
    """Rows in file order; a line that cannot be read is a BadRow (reported, not sent)."""
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = _header(next(reader))
    except StopIteration:
        raise LayoutError("файл пуст: нужна строка заголовка") from None
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        line = reader.line_num
        row = {
            name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)
        }
        try:
            zet = int(row["zet"])
        except ValueError:
            yield BadRow(line, row, "invalid_zet", "ЗЕТ должно быть целым числом")
            continue
        yield Row(
            line=line,
            external_id=row["external_id"],
            snils=row["snils"],
            element_id=row["element_id"],
            completed_on=_normalised_date(row["completion_date"]),
            zet=zet,
            document_number=row.get("document_number", ""),
            program_cycle_id=row.get("program_cycle_id", ""),
        )
