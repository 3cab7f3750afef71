"""The accreditation portfolio of a cycle (periodic accreditation, order 709н): what it says, as
Russian text in sections and tables. Rendering it to PDF is an adapter's job
(`adapters/portfolio_pdf.py`); this module decides the content only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from plan_svc.domain.credits import CreditKind
from plan_svc.domain.cycle import Cycle, Document, DocumentKind
from plan_svc.domain.frmr import FRMR_NOTES, FrmrStatus
from plan_svc.domain.progress import CreditStatus, Progress
from plan_svc.domain.rule_sets import RuleSet

DOCUMENT_KIND_NAMES = {
    DocumentKind.CERTIFICATE: "Сертификат специалиста",
    DocumentKind.ACCREDITATION_PRIMARY: "Свидетельство о первичной аккредитации",
    DocumentKind.ACCREDITATION_PRIMARY_SPECIALISED: (
        "Выписка о первичной специализированной аккредитации"
    ),
    DocumentKind.ACCREDITATION_PERIODIC: "Выписка о периодической аккредитации",
}
KIND_NAMES = {
    CreditKind.PROGRAM: "ДПП ПК",
    CreditKind.EVENT: "Образовательное мероприятие",
    CreditKind.MODULE: "Интерактивный модуль",
}
CREDIT_STATUS_NAMES = {
    CreditStatus.COUNTED: "Учтён",
    CreditStatus.PARTLY_COUNTED: "Учтён частично (предел правил)",
    CreditStatus.NOT_COUNTED: "Не учтён (предел правил достигнут)",
    CreditStatus.VOIDED: "Аннулирован",
}
CREDIT_COLUMNS = (
    "№",
    "Элемент",
    "Вид",
    "Организация",
    "Сроки",
    "Завершено",
    "ЗЕТ",
    "Учтено",
    "Документ №",
    "Статус",
)
YEAR_COLUMNS = ("Год цикла", "Период", "ДПП ПК", "ОМ и ИОМ", "Всего")


@dataclass(frozen=True, slots=True)
class PortfolioPerson:
    full_name: str
    snils: str  # formatted XXX-XXX-XXX YY, or empty


@dataclass(frozen=True, slots=True)
class ElementDetails:
    """What the catalog says of a credited element."""

    title: str
    provider_name: str
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True, slots=True)
class Portfolio:
    title: str
    # (label, value) rows of each section, in order.
    person: tuple[tuple[str, str], ...]
    rule_set: tuple[tuple[str, str], ...]
    credits: tuple[tuple[str, ...], ...]  # rows under CREDIT_COLUMNS
    by_year: tuple[tuple[str, ...], ...]  # rows under YEAR_COLUMNS
    by_kind: tuple[tuple[str, str], ...]
    summary: tuple[tuple[str, str], ...]
    file_name: str


def _day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else "—"


def _period(starts_on: date | None, ends_on: date | None) -> str:
    if starts_on is None and ends_on is None:
        return "—"
    return f"{_day(starts_on)} – {_day(ends_on)}"


def build_portfolio(
    *,
    person: PortfolioPerson,
    specialty_name: str,
    cycle: Cycle,
    document: Document | None,
    frmr: FrmrStatus,
    rule_set: RuleSet,
    progress: Progress,
    elements: Mapping[str, ElementDetails],
    document_numbers: Mapping[str, str],
) -> Portfolio:
    specialty = f"{cycle.specialty_code} {specialty_name}".strip()
    document_text = (
        f"{DOCUMENT_KIND_NAMES[document.kind]} {document.series} № {document.number} "
        f"от {_day(document.issued_on)}".replace("  ", " ")
        if document
        else "—"
    )
    credits = []
    for number, credit in enumerate(progress.credits, start=1):
        element = elements.get(credit.element_id)
        credits.append(
            (
                str(number),
                element.title if element else credit.element_id,
                KIND_NAMES[credit.kind],
                element.provider_name if element else "—",
                _period(element.starts_on, element.ends_on) if element else "—",
                _day(credit.completed_on),
                str(credit.zet),
                str(credit.counted_zet),
                document_numbers.get(credit.credit_id) or "—",
                CREDIT_STATUS_NAMES[credit.status],
            )
        )
    numbers = [
        ("Правила", f"{rule_set.title} ({rule_set.code}, версия {rule_set.version})"),
        ("Источник", rule_set.source),
        ("Цель за цикл", f"{rule_set.target_zet} ЗЕТ за {rule_set.cycle_years} лет"),
    ]
    if rule_set.yearly is not None:
        numbers.append(
            (
                "Рекомендация в год",
                f"{rule_set.yearly.program_zet} ЗЕТ ДПП ПК и "
                f"{rule_set.yearly.event_and_module_zet} ЗЕТ ОМ и ИОМ",
            )
        )
    if rule_set.program_min_zet:
        numbers.append(("Минимум ДПП ПК", f"{rule_set.program_min_zet} ЗЕТ"))
    if rule_set.event_and_module_cap_zet is not None:
        numbers.append(("Не более из ОМ и ИОМ", f"{rule_set.event_and_module_cap_zet} ЗЕТ"))
    return Portfolio(
        title="Портфолио для периодической аккредитации",
        person=(
            ("Специалист", person.full_name),
            ("СНИЛС", person.snils or "—"),
            ("Специальность", specialty),
            ("Документ", document_text),
            ("Проверка в ФРМР", FRMR_NOTES[frmr]),
            ("Цикл", _period(cycle.starts_on, cycle.ends_on)),
        ),
        rule_set=tuple(numbers),
        credits=tuple(credits),
        by_year=tuple(
            (
                str(y.year.number),
                _period(y.year.starts_on, y.year.ends_on),
                str(y.program_zet),
                str(y.event_and_module_zet),
                str(y.total_zet),
            )
            for y in progress.by_year
        ),
        by_kind=tuple((KIND_NAMES[t.kind], f"{t.zet} ЗЕТ") for t in progress.by_kind),
        summary=(
            ("Учтено", f"{progress.total_zet} из {progress.target_zet} ЗЕТ"),
            ("Не хватает", f"{progress.missing_zet} ЗЕТ"),
            ("Требования выполнены", "да" if progress.complete else "нет"),
            ("Сведения на дату", _day(progress.as_of)),
        ),
        file_name=f"portfolio-{cycle.specialty_code}-{cycle.starts_on.isoformat()}.pdf",
    )
