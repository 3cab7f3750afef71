"""Steps of the support and admin journeys (issue 17): what a specialist, a support agent and an
administrator do in the portal, by the labels and buttons they see."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect
from tests.browser.journeys import PASSWORD, log_in_with_password, log_out, section

from cpd_platform import demo

SUPPORT = next(a for a in demo.ACCOUNTS if a.key == "support")
ADMIN = next(a for a in demo.ACCOUNTS if a.key == "admin")


# The header's area switcher (a page's own fields may have «роль» inside their labels).
AREA_SWITCH = re.compile(r"^Роль")


def switch_area(page: Page, label: str, heading: str) -> None:
    page.get_by_label(AREA_SWITCH).select_option(label=label)
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()


def log_in_again(page: Page, snils: str, password: str = PASSWORD) -> None:
    """Whoever is signed in leaves; `snils` logs in through the identity provider's page."""
    log_out(page)
    log_in_with_password(page, snils, password)


def open_support_request(page: Page, topic: str, subject: str, question: str) -> Locator:
    """«Обращения» → a new request; the portal opens its thread."""
    section(page, "Обращения")
    form = page.get_by_role("form", name="Новое обращение")
    form.get_by_label("Тема").select_option(label=topic)
    form.get_by_label("Кратко, о чём обращение").fill(subject)
    form.get_by_label("Вопрос", exact=False).fill(question)
    form.get_by_role("button", name="Отправить обращение").click()
    expect(page.get_by_role("heading", name="Обращение в поддержку", level=1)).to_be_visible()
    thread = page.get_by_test_id("support-thread")
    expect(thread).to_have_attribute("data-status", "NEW")
    return thread


def answer_and_resolve(page: Page, topic: str, subject: str, answer: str) -> Locator:
    """The support queue filtered by topic → the request → the answer, marking it resolved."""
    page.get_by_label("Тема").select_option(label=topic)
    page.get_by_role("link", name=subject).click()
    thread = page.get_by_test_id("support-thread")
    expect(thread.get_by_test_id("support-message")).to_have_count(1)
    thread.get_by_label("Ответ специалисту", exact=False).fill(answer)
    thread.get_by_label("Отметить обращение решённым").check()
    thread.get_by_role("button", name="Отправить").click()
    expect(thread.get_by_role("status")).to_have_text("Сообщение отправлено.")
    expect(thread).to_have_attribute("data-status", "RESOLVED")
    return thread


def request_role(page: Page, role_label: str, scope_label: str, scope_id: str, why: str) -> None:
    section(page, "Роли")
    form = page.get_by_role("form", name="Запросить роль")
    form.get_by_label("Полномочия").select_option(label=role_label)
    form.get_by_label(scope_label).fill(scope_id)
    form.get_by_label("Зачем нужна роль", exact=False).fill(why)
    form.get_by_role("button", name="Отправить запрос").click()
    expect(form.get_by_role("status")).to_contain_text("Запрос отправлен")


def grant_and_revoke(
    page: Page, snils: str, role_label: str, scope_label: str, scope_id: str
) -> None:
    """The admin grants a role to the person by SNILS, then revokes it in the revocation form."""
    granting = page.get_by_role("form", name="Выдать роль")
    granting.get_by_label("СНИЛС").fill(snils)
    granting.get_by_label("Полномочия").select_option(label=role_label)
    granting.get_by_label(scope_label).fill(scope_id)
    granting.get_by_role("button", name="Выдать роль").click()
    expect(page.get_by_test_id("granted-role").filter(has_text=snils)).to_contain_text(role_label)
    revoking = page.get_by_role("group", name="Отозвать роль")
    revoking.get_by_label("СНИЛС").fill(snils)
    revoking.get_by_label("Полномочия").select_option(label=role_label)
    revoking.get_by_label(scope_label).fill(scope_id)
    revoking.get_by_role("button", name="Отозвать роль").click()
    expect(revoking.get_by_role("status")).to_have_text("Роль отозвана.")


def upload_register_extract(page: Page, name: str, content: str) -> Locator:
    """Uploads a ФРМР extract file; returns the form's alert (the refusal) or status."""
    form = page.get_by_role("form", name="Загрузка выписки ФРМР")
    form.get_by_label("Файл выписки", exact=False).set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": content.encode()}]
    )
    form.get_by_role("button", name="Загрузить выписку").click()
    return form.get_by_role("alert").or_(form.get_by_role("status"))


def hide_review(page: Page, element_title: str, review_text: str) -> Locator:
    """«Отзывы»: the element found by its title, its review hidden."""
    search = page.get_by_role("search", name="Поиск элементов")
    search.get_by_label("Название элемента").fill(element_title)
    search.get_by_role("button", name="Найти").click()
    review = page.get_by_test_id("moderated-review").filter(has_text=review_text)
    expect(review).to_have_attribute("data-hidden", "false")
    review.get_by_role("button", name="Скрыть отзыв").click()
    expect(review).to_have_attribute("data-hidden", "true")
    expect(review).to_contain_text("скрыт")
    return review
