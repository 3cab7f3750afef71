"""Issue 14's journeys in Chromium, at a desktop width and at 360 px: a new specialist registers,
confirms the e-mail from the local Maildir, logs in on the identity provider's page, adds a
certificate (the profile lists its specialty with the cycle), finds a ДПП by "кардиология" with
two filters, plans it and an event, applies; the provider accepts, the training ends and the
posting deadline passes: the plan and the dashboard show the overdue result with the support
request's text; the provider posts the result over gRPC and the dashboard shows it credited with
the chart updated, the portfolio PDF downloads; an event code is entered and accepted, an
invalid one shows its reason; the provider corrects the credit and its history shows why.
The demo specialist logs in through "Войти через Госуслуги" and logs out."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect
from tests.browser.conftest import Portal
from tests.browser.journeys import (
    add_certificate,
    add_to_plan,
    eventually,
    find_result,
    log_in_with_password,
    open_result,
    register,
    search_catalog,
    section,
)
from tests.browser.provider_side import ProviderSide
from tests.e2e.conftest import Tokens
from tests.e2e.test_registration import (
    ACTIONS_SUBJECT,
    action_link,
    mail_to,
    registered_and_verified,
)
from tests.e2e.test_specialist_journey import PROGRAM_TITLE, published_program

from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.testing import new_snils

pytestmark = pytest.mark.browser


def wait_until_changed(read: Callable[[], str], old: str, seconds: float = 15.0) -> str:
    deadline = time.monotonic() + seconds
    while (value := read()) == old:
        assert time.monotonic() < deadline, "the value did not change in time"
        time.sleep(0.2)
    return value


# The cycle it opens (five years) covers the demo conference (April 2025) and today.
CERTIFICATE_DATE = "2024-03-15"


def test_a_new_specialist_from_registration_to_credited_points(
    portal: Portal, platform: DevStack, tokens: Tokens
) -> None:
    page = portal.page
    today = date.today()
    provider = ProviderSide(platform, tokens)
    program_id, program_cycle_id = published_program(platform, provider.system, today)
    snils = new_snils()
    email = f"elena.{snils}@example.org"

    # Registration with consents, the e-mail link, and the login on the provider's page.
    portal.open("/")
    portal.assert_accessible()
    register(page, snils, email, accessibility=portal.assert_accessible)
    page.goto(action_link(mail_to(platform, email)))
    expect(page.get_by_text("Адрес подтверждён")).to_be_visible()
    portal.open("/")
    log_in_with_password(page, snils)
    expect(page.get_by_text("Циклов пока нет")).to_be_visible()

    # A certificate opens the cardiology cycle.
    add_certificate(page, demo.CARDIOLOGY, "0116 240012345", CERTIFICATE_DATE)
    specialty = page.get_by_test_id("my-specialty")
    expect(specialty).to_have_count(1)
    expect(specialty).to_contain_text("Кардиология")
    expect(specialty).to_contain_text("15.03.2024 — 14.03.2029")
    portal.assert_accessible()

    # "кардиология" with two filters finds the provider's program; it goes into the plan and
    # gets an application.
    search_catalog(page, "кардиология", demo.CARDIOLOGY, "16")
    expect(page.get_by_role("tab", name="ДПП ПК")).to_contain_text("(")
    portal.assert_accessible()
    portal.screenshot("catalog")
    # It counts for the person's one cycle (no x2: the therapy specialty has no cycle).
    result = find_result(page, program_id)
    expect(result.get_by_test_id("counts-for")).to_have_text("Засчитывается в цикле: Кардиология")
    expect(result.locator(".badge")).to_have_count(0)
    open_result(page, program_id)
    add_to_plan(page)
    page.get_by_label("Организация").fill("ГАУЗ «ГКБ №7»")
    page.get_by_label("Должность").fill("врач-кардиолог")
    page.get_by_label("Согласен(на) на передачу моих данных").check()
    page.get_by_role("button", name="Подать заявку").click()
    expect(page.get_by_role("status").filter(has_text="Заявка подана")).to_be_visible()
    portal.assert_accessible()

    # The demo conference goes into the plan too.
    portal.open(f"/catalog/{demo.EVENT_ID}")
    add_to_plan(page)

    # The provider accepts the application: the portal shows it without a reload.
    section(page, "Заявки")
    application = page.get_by_test_id("application")
    expect(application).to_have_attribute("data-status", "SUBMITTED")
    [application_id] = provider.accept_applications_to(program_id)
    expect(application).to_have_attribute("data-status", "ACCEPTED", timeout=20_000)
    expect(application).to_contain_text("принята")

    # Two months after the training's end no result has come: the plan says the deadline has
    # passed and offers the support request the server drafted; the dashboard says so too.
    ended = today - timedelta(days=62)
    provider.training_ended(application_id, ended)
    section(page, "План")
    overdue = page.get_by_test_id("result-wait").and_(page.locator('[data-overdue="true"]'))
    eventually(page, lambda: overdue)
    expect(overdue).to_contain_text(f"обучение завершено {ended:%d.%m.%Y}")
    overdue.get_by_text("Обращение в поддержку готово").click()
    draft = overdue.get_by_test_id("support-request-text")
    expect(draft).to_contain_text(PROGRAM_TITLE)
    expect(draft).to_contain_text(f"{ended:%d.%m.%Y}")
    portal.assert_accessible()
    section(page, "Мои циклы")
    expect(page.get_by_role("heading", name="Ожидаются результаты")).to_be_visible()
    expect(page.get_by_test_id("result-wait")).to_have_attribute("data-overdue", "true")

    # The provider posts the result over gRPC: credited, and the year's bar shows it.
    provider.post_result(snils, program_id, program_cycle_id, 36, today)
    section(page, "Мои циклы")
    eventually(page, lambda: page.get_by_test_id("cycle-total").filter(has_text="36 ЗЕТ"))
    expect(page.get_by_text("36 из 50 рекомендованных")).to_be_visible()
    expect(page.get_by_text("36 из 180 рекомендованных")).to_be_visible()
    expect(page.get_by_role("heading", name="Ожидаются результаты")).to_have_count(0)
    portal.assert_accessible()
    portal.screenshot("dashboard")

    # The accreditation portfolio of the cycle downloads as a PDF.
    with page.expect_download() as downloading:
        page.get_by_role("button", name="Скачать портфолио (PDF)").click()
    portfolio = downloading.value
    assert portfolio.suggested_filename == f"portfolio-{demo.CARDIOLOGY}-{CERTIFICATE_DATE}.pdf"
    assert Path(portfolio.path()).read_bytes().startswith(b"%PDF")

    # An event code: pending, then accepted once the organiser's attendance list arrives.
    code = provider.issue_code(snils, demo.EVENT_ID)
    section(page, "Коды")
    page.get_by_label("Код подтверждения").fill(code)
    page.get_by_role("button", name="Ввести код").click()
    expect(
        page.get_by_role("status").filter(has_text=f"Код {code} принят на проверку")
    ).to_be_visible()
    entered = page.get_by_test_id("code").filter(has_text=code)
    expect(entered).to_have_attribute("data-status", "PENDING")
    provider.upload_attendance(snils, demo.EVENT_ID)
    expect(entered).to_have_attribute("data-status", "ACCEPTED", timeout=20_000)
    # A code nobody issued: the reason is shown next to the field.
    page.get_by_label("Код подтверждения").fill("ZZZZ9999ZZZZ")
    page.get_by_role("button", name="Ввести код").click()
    expect(page.get_by_role("alert").filter(has_text="не найден")).to_be_visible()
    portal.assert_accessible()

    # The plan: both items credited.
    section(page, "План")
    items = page.get_by_test_id("plan-item")
    eventually(page, lambda: items.and_(page.locator('[data-status="CREDITED"]')).nth(1))
    expect(items).to_have_count(2)
    portal.assert_accessible()
    portal.screenshot("plan")

    section(page, "Баллы")
    posted = page.get_by_test_id("credit").filter(has_text="36 ЗЕТ")
    expect(posted).to_contain_text("зачтено")

    # The provider corrects the ZET with a reason: the old record says so, the history too.
    credit_id = posted.get_attribute("data-credit-id")
    assert credit_id
    provider.correct_credit(credit_id, 30, today, "Опечатка в часах")
    corrected = page.get_by_test_id("credit").filter(has_text="30 ЗЕТ")
    eventually(page, lambda: corrected)
    expect(corrected).to_have_attribute("data-status", "ACCEPTED")
    expect(posted).to_have_attribute("data-status", "SUPERSEDED")
    expect(posted).to_contain_text("Опечатка в часах")
    corrected.get_by_role("button", name="История записи").click()
    history = corrected.locator("ol.history")
    expect(history).to_contain_text("внесена")
    expect(history).to_contain_text("исправлена")
    expect(history).to_contain_text("Опечатка в часах")
    portal.assert_accessible()
    assert not [line for line in portal.console if line.startswith("[pageerror]")], portal.console


def test_the_demo_specialist_logs_in_through_gosuslugi_and_out(
    portal: Portal, platform: DevStack
) -> None:
    page = portal.page
    page.clock.install()
    portal.open("/plan")
    page.get_by_role("button", name="Войти", exact=True).first.click()
    page.get_by_role("link", name="Войти через Госуслуги").click()
    page.get_by_role("button", name="Смирнова Анна Сергеевна").click()
    # Back where the person was going, signed in as the demo specialist.
    expect(page.get_by_role("heading", name="План", exact=True)).to_be_visible()
    section(page, "Мои циклы")
    expect(page.get_by_test_id("cycle").first).to_contain_text("Кардиология")
    portal.assert_accessible()

    # A lost connection says so; once it is back the portal retries by itself.
    section(page, "Баллы")
    expect(page.get_by_role("heading", name="Баллы (ЗЕТ)")).to_be_visible()
    section(page, "Мои циклы")
    page.context.set_offline(True)
    section(page, "Баллы")
    offline = page.get_by_role("alert").filter(has_text="Нет связи с сервером")
    expect(offline).to_be_visible()
    page.context.set_offline(False)
    expect(offline).to_be_hidden(timeout=20_000)

    # Tokens renew silently (refresh token grant from the browser) before the access token
    # expires: the page's clock is moved on past the renewal point.
    before = portal.stored_tokens()
    page.clock.fast_forward(int(before["expires_at"]) * 1000 - page.evaluate("Date.now()") - 30_000)
    renewed = wait_until_changed(
        lambda: portal.stored_tokens()["access_token"], before["access_token"]
    )
    assert renewed != before["access_token"]
    refresh_token = portal.stored_tokens()["refresh_token"]
    section(page, "Мои циклы")
    expect(page.get_by_test_id("cycle").first).to_contain_text("Кардиология")

    # Logging out ends with a navigation to "/": a reload in the middle of it would race it.
    with page.expect_navigation():
        page.get_by_role("button", name="Выйти").click()
    expect(page.get_by_role("button", name="Войти через Госуслуги")).to_be_visible()
    page.reload()
    expect(page.get_by_role("button", name="Войти через Госуслуги")).to_be_visible()
    # The session ended at the identity provider: its refresh token no longer works.
    refreshed = httpx.post(
        f"{platform.issuer}/protocol/openid-connect/token",
        data={"grant_type": "refresh_token", "client_id": "web", "refresh_token": refresh_token},
        timeout=10,
    )
    assert refreshed.status_code == 400, refreshed.text


def test_a_forgotten_password_is_reset_from_the_portal(portal: Portal, platform: DevStack) -> None:
    page = portal.page
    snils, _ = registered_and_verified(platform)
    portal.open("/")
    page.get_by_role("link", name="Забыли пароль?").click()
    page.get_by_label("СНИЛС").fill(snils)
    page.get_by_role("button", name="Отправить ссылку").click()
    expect(page.get_by_role("status")).to_be_visible()
    portal.assert_accessible()

    # The link from the e-mail leads to the identity provider's new-password form.
    page.goto(action_link(mail_to(platform, f"elena.{snils}@example.org", ACTIONS_SUBJECT)))
    page.get_by_label("Новый пароль").fill("Совсем-новый-2")
    page.get_by_label("Повторите пароль").fill("Совсем-новый-2")
    page.get_by_role("button", name="Сохранить").click()
    expect(page.get_by_text("Пароль изменён")).to_be_visible()
    portal.open("/")
    log_in_with_password(page, snils, "Совсем-новый-2")
