"""Steps of the provider's office journeys (issue 17): what a provider's staff member does in
the portal, and what the specialist does meanwhile through GraphQL."""

from __future__ import annotations

from datetime import date

from playwright.sync_api import Locator, Page, expect
from tests.e2e.conftest import Tokens
from tests.e2e.test_specialist_journey import gql

from cpd_platform import demo
from cpd_platform.devstack import DevStack

STAFF = next(a for a in demo.ACCOUNTS if a.key == "provider_staff")
MY_CREDITS = "query { myCredits { id status zet elementId } }"


def open_office(page: Page) -> None:
    """From the specialist's account (every person's home) to the provider's office."""
    page.get_by_label("Роль").select_option(label="Организация обучения")
    expect(page.get_by_role("heading", name="Программы и мероприятия", level=1)).to_be_visible()


def office_section(page: Page, name: str) -> None:
    page.get_by_role("navigation", name="Разделы").get_by_role("link", name=name).click()


def create_program(page: Page, title: str, specialty: str, starts: date, ends: date) -> Locator:
    """A ДПП program with one cycle: 5 budget seats and 3 contract seats at 15 000 ₽."""
    form = page.get_by_role("form", name="Новая программа ДПП ПК")
    form.get_by_label("Название программы").fill(title)
    form.get_by_label("Трудоёмкость, ЗЕТ (часов)").fill("36")
    form.get_by_label("Основная специальность").select_option(specialty)
    form.get_by_label("Начало обучения").fill(starts.isoformat())
    form.get_by_label("Окончание обучения").fill(ends.isoformat())
    form.get_by_label("Мест: бюджет").fill("5")
    form.get_by_label("Мест: договор", exact=False).fill("3")
    form.get_by_label("Цена, ₽: договор", exact=False).fill("15000")
    form.get_by_role("button", name="Создать программу").click()
    card = page.get_by_test_id("provider-element").filter(has_text=title)
    expect(card).to_have_attribute("data-status", "DRAFT")
    return card


def specialist_token(tokens: Tokens) -> str:
    return tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)["access_token"]


def credited_ids(platform: DevStack, token: str) -> dict[str, str]:
    """The specialist's credit records: id → status."""
    credits = gql(platform, MY_CREDITS, token)["myCredits"]
    return {str(c["id"]): str(c["status"]) for c in credits}


def results_csv(rows: list[tuple[str, str, str, str, int, str]]) -> bytes:
    """The CLI's columns: external_id, snils, element_id, completion_date, zet, program_cycle_id."""
    header = "external_id;snils;element_id;completion_date;zet;program_cycle_id"
    lines = [";".join(str(value) for value in row) for row in rows]
    return ("\n".join([header, *lines]) + "\n").encode()


def create_event(page: Page, title: str, specialty: str, day: date) -> Locator:
    """A free one-day event with 50 tickets, its attendance control and code conditions."""
    form = page.get_by_role("form", name="Новое мероприятие или модуль")
    form.get_by_label("Вид элемента").select_option("EVENT")
    form.get_by_label("Название", exact=True).fill(title)
    form.get_by_label("ЗЕТ", exact=True).fill("6")
    form.get_by_label("Специальность", exact=True).select_option(specialty)
    form.get_by_label("Первый день").fill(day.isoformat())
    form.get_by_label("Последний день").fill(day.isoformat())
    form.get_by_label("Билетов (бесплатное мероприятие)").fill("50")
    form.get_by_label("Контроль присутствия").fill("Регистрация по СНИЛС на входе")
    form.get_by_label("Условия получения кода").fill("Присутствие на всех докладах")
    form.get_by_role("button", name="Создать").click()
    card = page.get_by_test_id("provider-element").filter(has_text=title)
    expect(card).to_have_attribute("data-status", "DRAFT")
    return card


def choose_event(page: Page, event_id: str, attempts: int = 10) -> None:
    """Picks the event on the codes screen (reloading until the catalog lists it)."""
    select = page.get_by_label("Мероприятие", exact=True)
    for _ in range(attempts):
        expect(select).to_be_visible()
        if select.locator(f'option[value="{event_id}"]').count():
            select.select_option(event_id)
            return
        page.wait_for_timeout(500)
        page.reload()
    raise AssertionError(f"event {event_id} is not offered")
