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
from pk_regional_svc.domain.structure import SCHOOL_KIND_WORDS, SchoolKind

MAX_FILE_BYTES = 20 * 1024 * 1024
SCHOOL_COLUMNS = ("municipality", "code", "name", "kind")
TEACHER_REQUIRED = ("school_code", "snils", "family_name", "given_name")
_YEAR = re.compile(r"[0-9]{4}")


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


def _required(row: dict[str, str], column: str, label: str) -> str:
    value = row.get(column, "")
    if not value:
        raise RowError("missing_value", f"Не заполнено поле «{label}» ({column})")
    if len(value) > 300:
        raise RowError("value_too_long", f"Слишком длинное значение в поле {column}")
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
            municipality = _required(row, "municipality", "муниципалитет")
            code = _required(row, "code", "код организации")
            name = _required(row, "name", "наименование")
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
            school_code = _required(row, "school_code", "код организации")
            try:
                snils = parse_snils(_required(row, "snils", "СНИЛС"))
            except DomainError as exc:
                raise RowError(exc.code, exc.message) from None
            if snils in seen:
                raise RowError("duplicate_in_file", f"СНИЛС уже встречался в строке {seen[snils]}")
            training_on, training_year = _date_or_year(row, "last_training")
            retraining_on, retraining_year = _date_or_year(row, "last_retraining")
            subjects = tuple(s.strip() for s in row.get("subjects", "").split("|") if s.strip())
            parsed = TeacherRow(
                row=line,
                school_code=school_code,
                snils=snils,
                family_name=_required(row, "family_name", "фамилия"),
                given_name=_required(row, "given_name", "имя"),
                middle_name=row.get("middle_name", ""),
                position=row.get("position", ""),
                subjects=subjects,
                qualification_category=row.get("qualification_category", ""),
                last_training_on=training_on,
                last_training_year=training_year,
                last_training_topic=row.get("last_training_topic", ""),
                last_training_organisation=row.get("last_training_organisation", ""),
                last_retraining_on=retraining_on,
                last_retraining_year=retraining_year,
                birth_year=_year(row, "birth_year"),
                teaching_since_year=_year(row, "teaching_since_year"),
                graduation_year=_year(row, "graduation_year"),
                last_budget_number_year=_year(row, "last_budget_number_year"),
            )
        except RowError as exc:
            rejected.append(Rejected(line, exc.code, exc.reason))
            continue
        seen[snils] = line
        accepted.append(parsed)
    return accepted, rejected
