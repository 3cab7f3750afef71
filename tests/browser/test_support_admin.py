"""Issue 17's support and admin areas in Chromium, at a desktop width and at 360 px: a support
agent answers a specialist's request and resolves it, and the specialist reads the answer; a
specialist asks for a role, an administrator approves the request (and grants and revokes
another by SNILS), and the role's screens
appear once the person logs in again through the identity provider's page (the grant made in
identity-svc reaches the token); an administrator hides a specialist's review of an element.
Every screen passes axe's serious and critical checks."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from tests.browser.conftest import Portal
from tests.browser.journeys import log_in_with_password, section
from tests.browser.provider_side import ProviderSide
from tests.browser.support_admin_steps import (
    ADMIN,
    AREA_SWITCH,
    SUPPORT,
    answer_and_resolve,
    grant_and_revoke,
    hide_review,
    log_in_again,
    open_support_request,
    request_role,
    switch_area,
    upload_register_extract,
)
from tests.e2e.conftest import Tokens
from tests.e2e.test_registration import registered_and_verified
from tests.e2e.test_reviews import RATE, published_module
from tests.e2e.test_specialist_journey import gql

from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.snils import format_snils

pytestmark = pytest.mark.browser

TOPIC = "Коды подтверждения"
BAD_EXTRACT = (
    "snils,document_kind,series,number,specialty_code,issued_on\n"
    "11223344595,certificate,,7724 000001,31.08.36,15.03.2024\n"
)


def test_a_support_agent_answers_a_specialists_request(portal: Portal, platform: DevStack) -> None:
    page = portal.page
    snils, _ = registered_and_verified(platform)
    subject = f"Код не принят {uuid.uuid4().hex[:8]}"
    question = "Ввела код с конференции, он отклонён: «код другого мероприятия». Что делать?"
    answer = "Код выдан на другое мероприятие: попросите организатора выдать код этого."

    # The specialist writes to support from «Обращения».
    portal.open("/")
    log_in_with_password(page, snils)
    thread = open_support_request(page, TOPIC, subject, question)
    expect(thread).to_contain_text(question)
    portal.assert_accessible()

    # The support agent finds it in the queue by topic, answers and resolves it.
    log_in_again(page, SUPPORT.snils, SUPPORT.password)
    switch_area(page, "Поддержка", "Очередь обращений")
    portal.assert_accessible()
    thread = answer_and_resolve(page, TOPIC, subject, answer)
    expect(thread.locator('[data-author="SUPPORT"]')).to_contain_text(answer)
    portal.assert_accessible()
    page.get_by_role("link", name="← К очереди").click()
    page.get_by_label("Статус").select_option(label="решено")
    expect(page.get_by_role("row").filter(has_text=subject)).to_contain_text("решено")

    # The specialist sees the answer and the request resolved.
    log_in_again(page, snils)
    section(page, "Обращения")
    mine = page.get_by_test_id("my-support-request").filter(has_text=subject)
    expect(mine).to_have_attribute("data-status", "RESOLVED")
    expect(mine).to_contain_text("решено")
    portal.assert_accessible()
    mine.get_by_role("link", name=subject).click()
    expect(
        page.get_by_test_id("support-thread").locator('[data-author="SUPPORT"]')
    ).to_contain_text(answer)
    portal.assert_accessible()


def test_an_admin_approves_a_role_request_and_its_screens_appear_at_the_next_login(
    portal: Portal, platform: DevStack
) -> None:
    page = portal.page
    snils, _ = registered_and_verified(platform)

    # A specialist asks to work for the demo provider; only their own account is open.
    portal.open("/")
    log_in_with_password(page, snils)
    expect(page.get_by_label(AREA_SWITCH)).to_have_count(0)
    portal.open("/provider")
    expect(page.get_by_role("heading", name="Нет доступа")).to_be_visible()
    page.get_by_role("link", name="«Роли»").click()
    expect(page.get_by_role("heading", name="Роли", level=1)).to_be_visible()
    request_role(
        page,
        "Сотрудник организации обучения",
        "Идентификатор организации",
        demo.PROVIDER_ID,
        "Методист отдела ДПО, выгружаю результаты обучения",
    )
    mine = page.get_by_test_id("my-role-request")
    expect(mine).to_have_attribute("data-status", "PENDING")
    portal.assert_accessible()

    # The administrator approves it among the requests to decide.
    log_in_again(page, ADMIN.snils, ADMIN.password)
    switch_area(page, "Администрирование", "Роли и полномочия")
    # The request names who asks (identity-svc's person), not a person id.
    request = page.get_by_test_id("role-request").filter(has_text=format_snils(snils))
    expect(request).to_have_attribute("data-status", "PENDING")
    expect(request.get_by_test_id("requester")).to_contain_text(
        f"Орлова Елена Викторовна · СНИЛС {format_snils(snils)}"
    )
    portal.assert_accessible()
    request.get_by_role("button", name="Одобрить").click()
    expect(request).to_have_count(0)
    page.get_by_label("Показать решённые").check()
    expect(request).to_have_attribute("data-status", "APPROVED")
    expect(request).to_contain_text("одобрен")
    # Grants and revocations by SNILS (a school operator's role, taken back at once).
    grant_and_revoke(
        page, format_snils(snils), "Оператор школы", "Идентификатор школы", demo.SCHOOL_ID
    )
    portal.assert_accessible()
    # An extract with a bad record is refused whole, with the record named (the loaded one stays).
    section(page, "Выписка ФРМР")
    refused = upload_register_extract(page, "frmr.csv", BAD_EXTRACT)
    expect(refused).to_contain_text("Запись 1")
    portal.assert_accessible()
    section(page, "Отзывы")
    expect(page.get_by_role("heading", name="Отзывы", level=1)).to_be_visible()
    portal.assert_accessible()

    # The person logs in again: the token carries the role and the provider's office opens.
    log_in_again(page, snils)
    switch_area(page, "Организация обучения", "Программы и мероприятия")
    portal.assert_accessible()
    switch_area(page, "Личный кабинет специалиста", "Мои циклы")
    section(page, "Роли")
    expect(mine).to_have_attribute("data-status", "APPROVED")


def test_an_admin_hides_a_review(portal: Portal, platform: DevStack, tokens: Tokens) -> None:
    page = portal.page
    run = uuid.uuid4().hex[:8]
    title = f"Клинический случай: фибрилляция предсердий {run}"
    text = f"Реклама чужих курсов {run}"
    # A specialist with a credit for a module rates it with a review (their own screens are
    # part 1's); the provider's system publishes the module and posts the credit.
    provider = ProviderSide(platform, tokens)
    module = published_module(platform, provider.system, title, [demo.CARDIOLOGY])
    snils, specialist = registered_and_verified(platform)
    provider.post_result(snils, module, "", 2, date.today() - timedelta(days=1))
    rated = gql(platform, RATE, specialist, id=module, score=2, text=text)["rateElement"]
    assert rated["review"]["hidden"] is False, rated

    portal.open("/")
    log_in_with_password(page, ADMIN.snils, ADMIN.password)
    switch_area(page, "Администрирование", "Роли и полномочия")
    section(page, "Отзывы")
    review = hide_review(page, title, text)
    portal.assert_accessible()
    review.get_by_role("button", name="Показать отзыв").click()
    expect(review).to_have_attribute("data-hidden", "false")
