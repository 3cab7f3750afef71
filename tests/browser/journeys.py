"""Steps of the journeys, as a person does them in the portal (labels and buttons they see)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page, expect

from cpd_platform.snils import format_snils

PASSWORD = "Надёжный-пароль-1"


def eventually(page: Page, shown: Callable[[], Locator], seconds: float = 40.0) -> Locator:
    """Reloads the page until `shown()` is visible: what other services do arrives by events."""
    deadline = time.monotonic() + seconds
    while True:
        locator = shown()
        try:
            expect(locator.first).to_be_visible(timeout=2_000)
            return locator
        except (AssertionError, PlaywrightError):
            assert time.monotonic() < deadline, f"not shown in time: {locator}"
        page.reload()


def register(
    page: Page, snils: str, email: str, accessibility: Callable[[], None] = lambda: None
) -> None:
    page.get_by_role("link", name="Зарегистрироваться по СНИЛС").click()
    expect(page.get_by_role("heading", name="Регистрация специалиста")).to_be_visible()
    accessibility()
    fields = {
        "СНИЛС": format_snils(snils),
        "Фамилия": "Орлова",
        "Имя": "Елена",
        "Отчество (если есть)": "Викторовна",
        "Дата рождения": "1988-09-17",
        "Код региона": "16",
        "Электронная почта": email,
        "Телефон": "8 (917) 765-43-21",
        "Пароль": PASSWORD,
        "Пароль ещё раз": PASSWORD,
    }
    for label, value in fields.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("Пол", exact=True).select_option("FEMALE")
    page.get_by_label("Согласен(на) на обработку персональных данных").check()
    page.get_by_label("Принимаю пользовательское соглашение").check()
    page.get_by_role("button", name="Зарегистрироваться").click()
    expect(page.get_by_role("heading", name="Подтвердите адрес электронной почты")).to_be_visible()


def log_in(page: Page, username: str, password: str = PASSWORD) -> None:
    """ "Войти" leads to the identity provider's page (SNILS, PESEL or e-mail as the username);
    it comes back with a code (PKCE) and the person is signed in."""
    page.get_by_role("button", name="Войти", exact=True).first.click()
    expect(page.get_by_label("СНИЛС")).to_be_visible()
    page.get_by_label("СНИЛС").fill(username)
    page.get_by_label("Пароль").fill(password)
    page.get_by_role("button", name="Войти").click()
    expect(page.get_by_role("button", name="Выйти")).to_be_visible()


def log_out(page: Page) -> None:
    # Logging out ends with a navigation to "/": the next step must not race it.
    with page.expect_navigation():
        page.get_by_role("button", name="Выйти").click()
    expect(page.get_by_role("button", name="Войти", exact=True).first).to_be_visible()


def log_in_with_password(page: Page, snils: str, password: str = PASSWORD) -> None:
    log_in(page, format_snils(snils), password)
    expect(page.get_by_role("heading", name="Мои циклы")).to_be_visible()


def section(page: Page, name: str) -> None:
    page.get_by_role("navigation", name="Разделы").get_by_role("link", name=name).click()


def add_certificate(page: Page, specialty_code: str, number: str, issued_on: str) -> None:
    section(page, "Документы")
    page.get_by_label("Вид документа").select_option("CERTIFICATE")
    page.get_by_label("Специальность", exact=True).select_option(specialty_code)
    page.get_by_label("Номер", exact=True).fill(number)
    page.get_by_label("Дата выдачи").fill(issued_on)
    page.get_by_role("button", name="Добавить документ").click()
    expect(page.get_by_role("status").filter(has_text="Открыт цикл")).to_be_visible()


def search_catalog(page: Page, text: str, specialty_code: str, region_code: str) -> None:
    section(page, "Каталог")
    page.get_by_label("Поиск по каталогу").fill(text)
    page.get_by_role("button", name="Найти").click()
    filters = page.locator("details.filters")
    if filters.get_attribute("open") is None:  # folded on a phone
        filters.locator("summary").click()
    page.get_by_label("Специальность (основная или дополнительная)").select_option(specialty_code)
    page.get_by_label("Регион").select_option(region_code)
    page.get_by_role("button", name="Применить фильтры").click()
    expect(page).to_have_url(re.compile(rf"specialty=.*region={region_code}"))
    expect(filters.locator("summary")).to_contain_text("применено: 2")


def find_result(page: Page, element_id: str, pages: int = 5) -> Locator:
    """The element's card among the results, paging on when it is not on this page."""
    link = page.locator(f'a[href="/catalog/{element_id}"]')
    for _ in range(pages):
        expect(page.get_by_test_id("total")).to_be_visible()
        if link.count():
            return page.get_by_test_id("element").filter(has=link)
        page.get_by_role("button", name="Следующая страница").click()
    raise AssertionError(f"{element_id} not found in the results")


def open_result(page: Page, element_id: str) -> None:
    find_result(page, element_id).locator(f'a[href="/catalog/{element_id}"]').click()


def add_to_plan(page: Page) -> None:
    page.get_by_role("button", name="Добавить в план цикла").first.click()
    expect(page.get_by_role("status").filter(has_text="Элемент добавлен в план")).to_be_visible()
