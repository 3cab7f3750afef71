"""Issue 17's provider office in Chromium, at a desktop width and at 360 px: the demo provider's
staff member logs in, switches to the office, creates a ДПП program with a cycle (seats and a
price per basis), changes the cycle's seats and publishes it; the demo specialist applies to the
cycle; the staff member accepts the application (seats left per basis shown) and uploads a
results CSV with one bad row: that row is rejected with its reason (also in the downloadable
report) while the others are credited, and the specialist's ledger has exactly those records.
Then events, codes, attendance lists, feedback and voids. Every screen passes axe's serious and
critical checks."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect
from tests.browser.conftest import Portal
from tests.browser.journeys import eventually, log_in_with_password
from tests.browser.provider_office_steps import (
    STAFF,
    choose_event,
    create_event,
    create_program,
    credited_ids,
    office_section,
    open_office,
    results_csv,
    specialist_token,
)
from tests.e2e.conftest import Tokens
from tests.e2e.test_specialist_journey import submit_application

from cpd_platform import demo
from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.browser


def test_staff_publish_a_cycle_accept_an_application_and_upload_results(
    portal: Portal, platform: DevStack, tokens: Tokens, tmp_path: Path
) -> None:
    page = portal.page
    today = date.today()
    run = uuid.uuid4().hex[:8]
    title = f"Кардиология: ЭКГ в практике врача {run}"

    # The staff member logs in like everyone and switches to the office.
    portal.open("/")
    log_in_with_password(page, STAFF.snils, STAFF.password)
    open_office(page)
    portal.assert_accessible()

    # A program with a cycle that ends today (it can be applied to and its results posted).
    card = create_program(page, title, demo.CARDIOLOGY, today - timedelta(days=20), today)
    expect(card.get_by_test_id("seats")).to_have_count(2)
    expect(card).to_contain_text("свободно 3 из 3")
    portal.assert_accessible()
    # One more budget seat, in the cycle as saved.
    cycle = card.get_by_test_id("provider-cycle").first
    cycle.get_by_text("Изменить цикл").click()
    cycle.get_by_label("Мест: бюджет").fill("6")
    cycle.get_by_role("button", name="Сохранить цикл").click()
    expect(cycle.get_by_role("status")).to_have_text("Цикл сохранён")
    expect(cycle.locator('[data-basis="BUDGET"]')).to_contain_text("свободно 6 из 6")
    card.get_by_role("button", name="Опубликовать").click()
    expect(card).to_have_attribute("data-status", "PUBLISHED")
    expect(card).to_contain_text("опубликован")
    program_id = card.get_attribute("data-id")
    cycle_id = card.get_by_test_id("provider-cycle").first.get_attribute("data-id")
    assert program_id and cycle_id

    # The demo specialist applies for a budget seat (their own screens are part 1's).
    specialist = specialist_token(tokens)
    applied = submit_application(platform, specialist, cycle_id, "ГАУЗ «ГКБ №7»")
    assert applied["__typename"] == "Application", applied
    application_id = str(applied["id"])

    # The staff member sees it among the waiting ones with the seats left, and accepts it.
    office_section(page, "Заявки")
    application = page.locator(f'[data-testid="provider-application"][data-id="{application_id}"]')
    eventually(page, lambda: application)
    page.get_by_label("Программа", exact=True).select_option(label=title)
    expect(page.get_by_test_id("provider-application")).to_have_count(1)
    expect(application).to_contain_text(title)
    expect(application.locator('[data-basis="BUDGET"]')).to_contain_text("свободно 5 из 6")
    portal.assert_accessible()
    application.get_by_role("button", name="Принять").click()
    expect(application).to_have_count(0)  # no longer waiting
    page.get_by_label("Статус").select_option("ACCEPTED")
    expect(application).to_have_attribute("data-status", "ACCEPTED")
    expect(application).to_contain_text("принята")

    # A results file with one bad row (a SNILS with a wrong check number).
    good_program, bad, good_module = (f"{run}-{n}" for n in ("p", "bad", "m"))
    snils = demo.SPECIALIST_SNILS
    csv = results_csv(
        [
            (good_program, snils, program_id, today.isoformat(), 36, cycle_id),
            (bad, "112-233-445 96", program_id, today.isoformat(), 36, cycle_id),
            (good_module, snils, demo.MODULE_ID, "2025-05-01", 2, ""),
        ]
    )
    office_section(page, "Результаты")
    expect(page.get_by_role("heading", name="Результаты обучения", level=1)).to_be_visible()
    portal.assert_accessible()
    page.get_by_label("Файл результатов (CSV)").set_input_files(
        files=[{"name": "results.csv", "mimeType": "text/csv", "buffer": csv}]
    )
    expect(page.get_by_text("Строк к отправке: 3")).to_be_visible()
    page.get_by_role("button", name="Отправить результаты").click()
    expect(page.get_by_text("Отправлено строк: 3 из 3")).to_be_visible()
    summary = page.get_by_test_id("upload-summary")
    expect(summary).to_contain_text("Зачтено: 2")
    expect(summary).to_contain_text("отклонено: 1")
    rejected = page.get_by_test_id("rejected-row")
    expect(rejected).to_have_count(1)
    expect(rejected).to_have_attribute("data-code", "invalid_snils")
    expect(rejected).to_contain_text(bad)
    expect(rejected.locator("td").first).to_have_text("3")
    credited = page.get_by_test_id("credited-row")
    expect(credited).to_have_count(2)
    expect(credited.first).to_contain_text(good_program)
    portal.assert_accessible()

    # The rejected rows download as the CLI's report: the line, its values and the reason.
    with page.expect_download() as download:
        page.get_by_role("button", name="Скачать отклонённые строки (CSV)").click()
    report = tmp_path / "rejected.csv"
    download.value.save_as(report)
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("line,external_id,snils,element_id,completion_date,zet")
    assert len(lines) == 2 and lines[1].startswith(f"3,{bad},") and "invalid_snils" in lines[1]

    # The credited rows are the specialist's accepted records, and nothing else was posted.
    record_ids = [credited.nth(i).get_attribute("data-record") for i in range(2)]
    ledger = credited_ids(platform, specialist)
    assert all(record_id and ledger.get(record_id) == "ACCEPTED" for record_id in record_ids)
    assert len(set(record_ids)) == 2


def test_staff_create_an_event_issue_codes_upload_attendance_and_void_a_credit(
    portal: Portal, platform: DevStack, tokens: Tokens, tmp_path: Path
) -> None:
    page = portal.page
    run = uuid.uuid4().hex[:8]
    title = f"Конференция «Аритмии» {run}"
    portal.open("/")
    log_in_with_password(page, STAFF.snils, STAFF.password)
    open_office(page)

    # A free event with tickets, its attendance control and the conditions of its code.
    card = create_event(page, title, demo.CARDIOLOGY, date.today() + timedelta(days=10))
    expect(card).to_contain_text("Контроль присутствия: Регистрация по СНИЛС на входе")
    expect(card).to_contain_text("билетов свободно 50 из 50")
    card.get_by_text("Изменить описание").click()
    card.get_by_label("Контроль присутствия").fill("Регистрация по СНИЛС и QR-код на входе")
    card.get_by_role("button", name="Сохранить", exact=True).click()
    expect(card.get_by_role("status")).to_have_text("Изменения сохранены")
    expect(card).to_contain_text("Контроль присутствия: Регистрация по СНИЛС и QR-код на входе")
    card.get_by_role("button", name="Опубликовать").click()
    expect(card).to_have_attribute("data-status", "PUBLISHED")
    event_id = card.get_attribute("data-id")
    assert event_id
    portal.assert_accessible()

    # Codes: issue three, download them, upload the attendance list.
    office_section(page, "Коды")
    choose_event(page, event_id)
    page.get_by_label("Сколько кодов выдать").fill("3")
    page.get_by_role("button", name="Выдать коды").click()
    codes = page.get_by_test_id("event-code")
    expect(codes).to_have_count(3)
    expect(codes.first).to_have_attribute("data-status", "ISSUED")
    with page.expect_download() as download:
        page.get_by_role("button", name="Скачать коды (CSV)").click()
    saved = tmp_path / "codes.csv"
    download.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "code,snils,status,issued_at" and len(lines) == 4
    shown = {codes.nth(i).locator("code").inner_text() for i in range(3)}
    assert {line.split(",")[0] for line in lines[1:]} == shown
    page.get_by_label("Список присутствовавших (СНИЛС, CSV или текст)").set_input_files(
        files=[
            {
                "name": "attendance.csv",
                "mimeType": "text/csv",
                "buffer": f"snils\n{demo.SPECIALIST_SNILS}\n123\n".encode(),
            }
        ]
    )
    expect(page.get_by_role("status")).to_contain_text("В списке присутствовавших: 1")
    expect(page.get_by_role("status")).to_contain_text("неверные СНИЛС пропущены: 123")
    portal.assert_accessible()

    # Error reports, reviews and support requests about the provider's results.
    office_section(page, "Отзывы и обращения")
    expect(page.get_by_role("heading", name="Отзывы и обращения", level=1)).to_be_visible()
    for heading in ("Сообщения об ошибках в описаниях", "Отзывы", "Обращения о результатах"):
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    portal.assert_accessible()

    # A credited result voided with a reason from the results screen.
    office_section(page, "Результаты")
    expect(page.get_by_test_id("overdue-count")).to_contain_text("Не размещено:")
    page.get_by_label("Файл результатов (CSV)").set_input_files(
        files=[
            {
                "name": "one.csv",
                "mimeType": "text/csv",
                "buffer": results_csv(
                    [(f"{run}-m", demo.SPECIALIST_SNILS, demo.MODULE_ID, "2025-05-01", 2, "")]
                ),
            }
        ]
    )
    page.get_by_role("button", name="Отправить результаты").click()
    credited = page.get_by_test_id("credited-row")
    expect(credited).to_have_count(1)
    credited.get_by_role("button", name="Изменить").click()
    version = credited.get_by_test_id("credit-version")
    expect(version).to_have_attribute("data-status", "ACCEPTED")
    credited.get_by_label("Причина изменения").fill("Слушатель не завершил модуль")
    credited.get_by_role("button", name="Аннулировать").click()
    expect(version).to_have_attribute("data-status", "VOIDED")
    expect(version).to_contain_text("Слушатель не завершил модуль")
    portal.assert_accessible()
    record_id = credited.get_attribute("data-record")
    assert record_id
    assert credited_ids(platform, specialist_token(tokens))[record_id] == "VOIDED"
