"""Parsing of the bulk CSV files (schools, teachers): pure, row by row, with reasons.

Files are UTF-8 (a BOM is fine), comma- or semicolon-separated, with a header line. Row numbers
in reports are line numbers of the file (the header is line 1). Columns (order free, names
case-insensitive; * = required):

schools.csv:  municipality*, code*, name*, kind*
    kind: preschool | general | additional | vocational (or дошкольная, общеобразовательная,
    дополнительного образования, профессиональная)
teachers.csv: school_code*, snils*, family_name*, given_name*, middle_name, position, subjects,
    qualification_category, last_training (ГГГГ-ММ-ДД, ДД.ММ.ГГГГ or ГГГГ), last_training_topic,
    last_training_organisation, last_retraining (same forms), birth_year, teaching_since_year,
    graduation_year, last_budget_number_year
    subjects: separated by "|"

Empty cells and missing columns keep what is stored. A cell holding only `-` clears the stored
value of an optional column (`CLEARABLE_COLUMNS`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from cpd_platform.errors import DomainError, InvalidArgument
from cpd_platform.snils import parse_snils
from pk_regional_svc.domain.limits import MAX_LENGTHS, TEXT_TOO_LONG, too_long_message
from pk_regional_svc.domain.structure import SCHOOL_KIND_WORDS, SchoolKind

MAX_FILE_BYTES = 20 * 1024 * 1024
SCHOOL_COLUMNS = ("municipality", "code", "name", "kind")
TEACHER_REQUIRED = ("school_code", "snils", "family_name", "given_name")
_YEAR = re.compile(r"[0-9]{4}")
CLEAR = "-"
CLEARABLE_COLUMNS = frozenset(
    {
        "middle_name",
        "position",
        "subjects",
        "qualification_category",
        "last_training",
        "last_training_topic",
        "last_training_organisation",
        "last_retraining",
        "birth_year",
        "teaching_since_year",
        "graduation_year",
        "last_budget_number_year",
    }
)


@dataclass(frozen=True, slots=True)
class Rejected:
    row: int
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class SchoolRow:
    row: int
    municipality: str
    code: str
    name: str
    kind: SchoolKind


@dataclass(frozen=True, slots=True)
class TeacherRow:
    row: int
    school_code: str
    snils: str
    family_name: str
    given_name: str
    middle_name: str
    position: str
    subjects: tuple[str, ...]
    qualification_category: str
    last_training_on: date | None
    last_training_year: int | None
    last_training_topic: str
    last_training_organisation: str
    last_retraining_on: date | None
    last_retraining_year: int | None
    birth_year: int | None
    teaching_since_year: int | None
    graduation_year: int | None
    last_budget_number_year: int | None
    # Optional columns whose cell was `-`: their stored values are cleared.
    cleared: frozenset[str] = frozenset()


class RowError(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _rows(content: bytes, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    if len(content) > MAX_FILE_BYTES:
        raise InvalidArgument("file_too_large", "Файл больше 20 МБ: разделите его на части")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidArgument("invalid_encoding", "Файл должен быть в кодировке UTF-8") from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise InvalidArgument("empty_file", "Файл пуст")
    names = [h.strip().lower() for h in header]
    missing = [c for c in required if c not in names]
    if missing:
        raise InvalidArgument(
            "missing_columns", f"В файле нет обязательных столбцов: {', '.join(missing)}"
        )
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(names):
            yield line, {"__error__": "too_many_values"}
            continue
        yield line, {n: v.strip() for n, v in zip(names, values, strict=False)}


def _required(row: dict[str, str], column: str, label: str, field: str | None = None) -> str:
    value = row.get(column, "")
    if not value:
        raise RowError("missing_value", f"Не заполнено поле «{label}» ({column})")
    if len(value) > (MAX_LENGTHS[field] if field else 300):
        raise RowError(
            TEXT_TOO_LONG,
            too_long_message(field) if field else f"Поле {column}: не длиннее 300 символов",
        )
    return value


def _optional(row: dict[str, str], column: str, field: str | None = None) -> str:
    value = row.get(column, "")
    field = field or column
    if len(value) > MAX_LENGTHS[field]:
        raise RowError(TEXT_TOO_LONG, too_long_message(field))
    return value


def _year(row: dict[str, str], column: str) -> int | None:
    value = row.get(column, "")
    if not value:
        return None
    if _YEAR.fullmatch(value) is None or not 1940 <= int(value) <= 2100:
        raise RowError("invalid_year", f"Поле {column}: нужен год из четырёх цифр, а не «{value}»")
    return int(value)


def _date_or_year(row: dict[str, str], column: str) -> tuple[date | None, int | None]:
    value = row.get(column, "")
    if not value:
        return None, None
    if _YEAR.fullmatch(value):
        return None, _year(row, column)
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            parsed = datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        return parsed, parsed.year
    raise RowError(
        "invalid_date", f"Поле {column}: нужна дата ГГГГ-ММ-ДД, ДД.ММ.ГГГГ или год, а не «{value}»"
    )


def parse_schools(content: bytes) -> tuple[list[SchoolRow], list[Rejected]]:
    accepted: list[SchoolRow] = []
    rejected: list[Rejected] = []
    seen: dict[str, int] = {}
    for line, row in _rows(content, SCHOOL_COLUMNS):
        try:
            if "__error__" in row:
                raise RowError("too_many_values", "В строке больше значений, чем столбцов")
            municipality = _required(row, "municipality", "муниципалитет", "municipality_name")
            code = _required(row, "code", "код организации", "school_code")
            name = _required(row, "name", "наименование", "school_name")
            kind_word = _required(row, "kind", "тип организации").lower()
            kind = SCHOOL_KIND_WORDS.get(kind_word)
            if kind is None:
                raise RowError("invalid_school_kind", f"Неизвестный тип организации «{kind_word}»")
            if code in seen:
                raise RowError(
                    "duplicate_in_file", f"Код {code} уже встречался в строке {seen[code]}"
                )
        except RowError as exc:
            rejected.append(Rejected(line, exc.code, exc.reason))
            continue
        seen[code] = line
        accepted.append(SchoolRow(line, municipality, code, name, kind))
    return accepted, rejected


def parse_teachers(content: bytes) -> tuple[list[TeacherRow], list[Rejected]]:
    accepted: list[TeacherRow] = []
    rejected: list[Rejected] = []
    seen: dict[str, int] = {}
    for line, row in _rows(content, TEACHER_REQUIRED):
        try:
            if "__error__" in row:
                raise RowError("too_many_values", "В строке больше значений, чем столбцов")
            cleared = frozenset(c for c in CLEARABLE_COLUMNS if row.get(c) == CLEAR)
            row = {k: "" if k in cleared else v for k, v in row.items()}
            school_code = _required(row, "school_code", "код организации", "school_code")
            try:
                snils = parse_snils(_required(row, "snils", "СНИЛС"))
            except DomainError as exc:
                raise RowError(exc.code, exc.message) from None
            if snils in seen:
                raise RowError("duplicate_in_file", f"СНИЛС уже встречался в строке {seen[snils]}")
            training_on, training_year = _date_or_year(row, "last_training")
            retraining_on, retraining_year = _date_or_year(row, "last_retraining")
            subjects = tuple(
                _optional({"subject": s.strip()}, "subject")
                for s in row.get("subjects", "").split("|")
                if s.strip()
            )
            parsed = TeacherRow(
                row=line,
                school_code=school_code,
                snils=snils,
                family_name=_required(row, "family_name", "фамилия", "family_name"),
                given_name=_required(row, "given_name", "имя", "given_name"),
                middle_name=_optional(row, "middle_name"),
                position=_optional(row, "position"),
                subjects=subjects,
                qualification_category=_optional(row, "qualification_category"),
                last_training_on=training_on,
                last_training_year=training_year,
                last_training_topic=_optional(row, "last_training_topic"),
                last_training_organisation=_optional(row, "last_training_organisation"),
                last_retraining_on=retraining_on,
                last_retraining_year=retraining_year,
                birth_year=_year(row, "birth_year"),
                teaching_since_year=_year(row, "teaching_since_year"),
                graduation_year=_year(row, "graduation_year"),
                last_budget_number_year=_year(row, "last_budget_number_year"),
                cleared=cleared,
            )
        except RowError as exc:
            rejected.append(Rejected(line, exc.code, exc.reason))
            continue
        seen[snils] = line
        accepted.append(parsed)
    return accepted, rejected
