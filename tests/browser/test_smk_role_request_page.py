"""Issue 18's SMK roles on «Роли» in Chromium: a person asks to be kierownik specjalizacji of the
demo training unit, picked from the accredited units, and mazowieckie's voivodeship office,
picked from the voivodeships; both requests are listed as pending; roles only an admin grants
are not offered. The page passes axe's serious and critical checks."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.browser.conftest import Portal
from tests.browser.journeys import log_in_with_password, section
from tests.e2e.test_registration import registered_and_verified

from cpd_platform import demo
from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.browser

WHY = "Jestem kierownikiem specjalizacji w tym szpitalu"


def test_a_person_requests_smk_roles_with_their_scopes_picked_from_lists(
    portal: Portal, platform: DevStack
) -> None:
    page = portal.page
    snils, _ = registered_and_verified(platform)
    portal.open("/")
    log_in_with_password(page, snils)
    section(page, "Роли")
    form = page.get_by_role("form", name="Запросить роль")
    roles = form.get_by_label("Полномочия")
    expect(roles.locator("option", has_text="Администратор платформы")).to_have_count(0)

    roles.select_option(label="SMK: kierownik specjalizacji")
    unit = form.get_by_label("Аккредитованная единица", exact=False)
    expect(unit.locator(f'option[value="{demo.SMK_UNIT_ID}"]')).to_have_count(1)
    unit.select_option(value=demo.SMK_UNIT_ID)
    form.get_by_label("Зачем нужна роль", exact=False).fill(WHY)
    form.get_by_role("button", name="Отправить запрос").click()
    expect(form.get_by_role("status")).to_contain_text("Запрос отправлен")

    roles.select_option(label="SMK: urząd wojewódzki")
    form.get_by_label("Воеводство", exact=False).select_option(label="mazowieckie (14)")
    form.get_by_label("Зачем нужна роль", exact=False).fill(WHY)
    form.get_by_role("button", name="Отправить запрос").click()
    expect(form.get_by_role("status")).to_contain_text("Запрос отправлен")

    mine = page.get_by_test_id("my-role-request")
    expect(mine.filter(has_text=f"training_unit:{demo.SMK_UNIT_ID}")).to_have_attribute(
        "data-status", "PENDING"
    )
    expect(mine.filter(has_text="voivodeship:14")).to_have_attribute("data-status", "PENDING")
    portal.assert_accessible()
