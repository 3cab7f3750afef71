"""The accreditation portfolio: its content from a cycle's progress, set as a PDF by ReportLab
and read back with pypdf (the text a person and an accreditation commission see)."""

import io
from datetime import date

import pypdf

from plan_svc.adapters.portfolio_pdf import PortfolioRenderer
from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.domain.cycle import Document, DocumentKind, open_cycle
from plan_svc.domain.frmr import FrmrStatus
from plan_svc.domain.portfolio import ElementDetails, PortfolioPerson, build_portfolio
from plan_svc.domain.progress import compute_progress
from plan_svc.domain.projection import PersonCredit
from plan_svc.domain.rule_sets import NMO_709N_144

PERSON = "00000000-0000-4000-8000-000000000001"
CARDIOLOGY = "31.08.36"


def test_the_pdf_names_the_person_the_rules_every_element_and_the_totals() -> None:
    cycle = open_cycle(
        cycle_id="c1",
        person_id=PERSON,
        specialty_code=CARDIOLOGY,
        document_kind=DocumentKind.ACCREDITATION_PERIODIC,
        document_date=date(2024, 3, 15),
        rule_set=NMO_709N_144,
    )
    document = Document(
        "d1", PERSON, DocumentKind.ACCREDITATION_PERIODIC, CARDIOLOGY, "", "7724 001122",
        date(2024, 3, 15),
    )  # fmt: skip
    credits = [
        RecordedCredit("k1", PERSON, "e1", CreditKind.PROGRAM, CARDIOLOGY, (), 36, date(2024, 6, 1)),
        RecordedCredit("k2", PERSON, "e2", CreditKind.EVENT, CARDIOLOGY, (), 6, date(2025, 4, 2)),
    ]  # fmt: skip
    progress = compute_progress(
        cycle,
        NMO_709N_144,
        [PersonCredit(c.credit_id, PERSON, c) for c in credits],
        [cycle],
        date(2025, 5, 1),
    )
    portfolio = build_portfolio(
        person=PortfolioPerson("Иванова Мария Петровна", "112-233-445 95"),
        specialty_name="Кардиология",
        cycle=cycle,
        document=document,
        frmr=FrmrStatus.CONFIRMED,
        rule_set=NMO_709N_144,
        progress=progress,
        elements={
            "e1": ElementDetails(
                "Неотложные состояния в кардиологии и терапии",
                "Академия непрерывного медицинского образования",
                date(2024, 5, 6),
                date(2024, 6, 1),
            ),
            "e2": ElementDetails("Школа кардиолога", "Общество кардиологов", None, None),
        },
        document_numbers={"k1": "УД-0042"},
    )

    pdf = PortfolioRenderer().render(portfolio)

    assert pdf.startswith(b"%PDF")
    text = " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
    )
    for expected in (
        "Портфолио для периодической аккредитации",
        "Иванова Мария Петровна",
        "112-233-445 95",
        "31.08.36 Кардиология",
        "7724 001122",
        "Подтверждён в ФРМР",
        "15.03.2024 – 14.03.2029",
        "Периодическая аккредитация (709н): 144 часа",
        "144 ЗЕТ за 5 лет",
        "Минимум ДПП ПК 72 ЗЕТ",
        "Не более из ОМ и ИОМ 72 ЗЕТ",
        "Неотложные состояния в кардиологии и терапии",
        "Академия непрерывного медицинского образования",
        "06.05.2024 – 01.06.2024",
        "УД-0042",
        "Школа кардиолога",
        "Общество кардиологов",
        "Учтено 42 из 144 ЗЕТ",
        "Не хватает 102 ЗЕТ",
    ):
        assert expected in text, expected
    assert portfolio.by_year[0][2:] == ("36", "0", "36")
    assert portfolio.by_year[1][2:] == ("0", "6", "6")
    assert portfolio.file_name == "portfolio-31.08.36-2024-03-15.pdf"
