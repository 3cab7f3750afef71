"""Every demo account of the README's table opens its role's screens in the portal, as `make up`
seeds it (issue 17's "done when"): the account logs in through the identity provider's page, the
role switcher offers the area of each of its roles, and every section of every area it may open
shows its page (a heading, not «Нет доступа», no unexpected error) and passes axe's serious and
critical checks. Desktop width: the journeys cover 360 px."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect
from tests.browser.conftest import Portal
from tests.browser.journeys import log_in
from tests.e2e.test_demo_accounts import EVERY_ACCOUNT

from cpd_platform import demo

pytestmark = pytest.mark.browser

# The portal's area (web/src/areas) that each realm role opens; roles not listed open only the
# specialist's account, which every signed-in person has.
AREA_OF_ROLE = {
    "admin": "admin",
    "support": "support",
    "provider_admin": "provider",
    "provider_staff": "provider",
    "regional_operator": "region",
    "municipal_operator": "municipality",
    "school_head": "school",
    "school_operator": "school",
    "teacher": "teacher",
    "smk_trainee": "smk-trainee",
    "smk_supervisor": "smk-supervisor",
    "smk_exam_centre": "smk-exam-centre",
    "smk_voivodeship_office": "smk-office",
}


def expected_areas(account: demo.DemoAccount) -> set[str]:
    return {"specialist"} | {AREA_OF_ROLE[r] for r in account.realm_roles if r in AREA_OF_ROLE}


def role_switch(page: Page) -> Locator:
    return page.locator("header").get_by_label("Роль")


def offered_areas(page: Page) -> list[str]:
    """The areas the role switcher offers (none shown: only the specialist's account)."""
    switch = role_switch(page)
    if switch.count() == 0:
        return ["specialist"]
    values: list[str] = switch.locator("option").evaluate_all("els => els.map(e => e.value)")
    return values


def sections(page: Page) -> list[str]:
    links = page.get_by_role("navigation", name="Разделы").get_by_role("link")
    hrefs: list[str] = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    return hrefs


def assert_section_shows(portal: Portal, path: str) -> None:
    page = portal.page
    expect(page.locator("main h1").first).to_be_visible()
    for failure in ("Нет доступа", "Страница не загрузилась"):
        expect(page.locator("main").get_by_role("heading", name=failure)).to_have_count(0)
    assert page.url.endswith(path), (page.url, path)
    portal.assert_accessible()


@pytest.mark.parametrize("portal", ["desktop"], indirect=True)
@pytest.mark.parametrize("account", EVERY_ACCOUNT, ids=lambda a: a.key)
def test_each_demo_account_opens_its_roles_screens(
    portal: Portal, account: demo.DemoAccount
) -> None:
    page = portal.open("/")
    log_in(page, account.email, account.password)
    areas = offered_areas(page)
    assert expected_areas(account) <= set(areas), areas
    for area in areas:
        if len(areas) > 1:
            role_switch(page).select_option(area)
        for path in sections(page):
            page.get_by_role("navigation", name="Разделы").locator(f'a[href="{path}"]').click()
            assert_section_shows(portal, path)
