"""Issue 17's screens of the regional model's operators in Chromium, at a desktop width and at
360 px. The demo regional operator imports a municipality, a school and teachers from CSV (each
file previewed before it is applied, a bad row rejected with its reason), opens a campaign year,
sets a quota and the teachers' questionnaire, runs the allocation and reads the region's report (the number given counted) and
downloads an export. The demo municipal operator (Kazan) sees the schools with their quotas,
confirms the demo candidate, and opens the refusals and reports. Every screen passes axe's
serious and critical checks."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect
from tests.browser.conftest import Portal
from tests.browser.journeys import log_in_with_password, section
from tests.e2e.conftest import Tokens, gql

from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.testing import new_snils

pytestmark = pytest.mark.browser

REGIONAL = next(a for a in demo.ACCOUNTS if a.key == "regional_operator")
MUNICIPAL = next(a for a in demo.ACCOUNTS if a.key == "municipal_operator")
CANDIDATE = next(a for a in demo.ACCOUNTS if a.key == "teacher_candidate")
KAZAN = "городской округ «город Казань»"

OPEN = """mutation($year: Int!, $windows: CampaignWindowsInput!) {
  openRegionalCampaign(regionCode: "16", year: $year, windows: $windows) {
    __typename ... on CampaignPayload { campaign { id } } ... on UserError { code message } } }"""
CANDIDATES = """query($c: ID!) { candidates(campaignId: $c, first: 500) { edges { node { teacher { id snils } } } } }"""
CAMPAIGN = """query($year: Int!) { regionalCampaign(regionCode: "16", year: $year) { id } }"""
DECIDE = """mutation($c: ID!, $ids: [ID!]!) { decideCandidates(campaignId: $c, teacherIds: $ids, decision: CONFIRMED) {
  __typename ... on UserError { code message } } }"""


def check_screen(portal: Portal) -> None:
    """axe's serious and critical checks, and nothing wider than the window (360 px too):
    wide tables scroll inside their own region."""
    portal.assert_accessible()
    overflow = portal.page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page is {overflow} px wider than the window"


def year_for(page: Page, base: int) -> int:
    """A campaign year of this test and viewport only (other tests of the session use theirs)."""
    size = page.viewport_size
    return base if size and size["width"] > 400 else base + 1


def switch_role(page: Page, area: str, heading: str) -> None:
    page.get_by_label("Роль").select_option(label=area)
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()


def choose_year(page: Page, year: int) -> None:
    page.get_by_label("Год кампании").select_option(label=str(year))


def csv_file(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def preview_and_apply(page: Page, portal: Portal, title: str, file: Path, **counts: int) -> Locator:
    """Chooses the file, checks the preview's counts, passes axe, applies; the section."""
    part = page.get_by_role("region", name=title)
    part.get_by_label(f"Файл CSV: {title.lower()}").set_input_files(str(file))
    preview = part.get_by_test_id("import-preview")
    for change, count in counts.items():
        expect(preview).to_have_attribute(f"data-{change}", str(count))
    check_screen(portal)
    part.get_by_role("button", name=f"Применить импорт: {title.lower()}").click()
    expect(part.get_by_role("status")).to_contain_text("Импорт выполнен")
    return part


def confirm_candidate(platform: DevStack, token: str, year: int, snils: str) -> str:
    """Confirms the teacher with the SNILS as a candidate of the year; their teacher id."""
    campaign = gql(platform, CAMPAIGN, token, year=year)["regionalCampaign"]["id"]
    nodes = gql(platform, CANDIDATES, token, c=campaign)["candidates"]["edges"]
    ids = [n["node"]["teacher"]["id"] for n in nodes if n["node"]["teacher"]["snils"] == snils]
    assert ids, nodes
    assert (
        gql(platform, DECIDE, token, c=campaign, ids=ids)["decideCandidates"]["__typename"]
        == "CandidateList"
    )
    return str(ids[0])


def test_regional_operator_imports_opens_a_campaign_allocates_and_reports(
    portal: Portal, platform: DevStack, tokens: Tokens, tmp_path: Path
) -> None:
    page = portal.page
    year = year_for(page, 2091)
    run = uuid.uuid4().hex[:6]
    municipality = f"Тестовый муниципальный район {run}"
    school_code = f"T-{run}"
    teacher_snils = new_snils()

    portal.open("/")
    log_in_with_password(page, REGIONAL.snils, REGIONAL.password)
    switch_role(page, "Региональный оператор", "Кампания и квоты")
    check_screen(portal)

    # Structure from CSV: each file previewed against the current lists before it is applied.
    section(page, "Импорт структуры")
    expect(page.get_by_role("heading", name="Импорт структуры", level=1)).to_be_visible()
    check_screen(portal)
    places = csv_file(
        tmp_path,
        "municipalities.csv",
        ["name;kind", f"{municipality};municipal_district", f"{KAZAN};urban_okrug"],
    )
    part = preview_and_apply(page, portal, "Муниципальные образования", places, new=1, unchanged=1)
    expect(part.get_by_role("status")).to_contain_text("Добавлено: 1")
    schools = csv_file(
        tmp_path,
        "schools.csv",
        ["municipality;code;name;kind", f"{municipality};{school_code};МБОУ «Школа {run}»;general"],
    )
    part = preview_and_apply(page, portal, "Школы", schools, new=1, invalid=0)
    expect(part.get_by_role("status")).to_contain_text("Добавлено: 1")
    teachers = csv_file(
        tmp_path,
        "teachers.csv",
        [
            "school_code;snils;family_name;given_name;last_training",
            f"{school_code};{teacher_snils};Тестова;Анна;2010",
            f"НЕТ-{run};{new_snils()};Без;Школы;2010",
        ],
    )
    part = preview_and_apply(page, portal, "Учителя", teachers, new=1, invalid=1)
    expect(part.get_by_role("status")).to_contain_text("Добавлено: 1")
    expect(part.get_by_test_id("import-rejected")).to_have_count(1)

    # A campaign year with the usual windows, and a quota for the new municipality.
    section(page, "Кампания и квоты")
    form = page.get_by_role("form", name="Новая кампания")
    form.get_by_label("Год обучения").fill(str(year))
    form.get_by_role("button", name="Открыть кампанию").click()
    expect(form.get_by_role("status")).to_contain_text(f"Кампания {year} года")
    choose_year(page, year)
    expect(page.get_by_test_id("campaign")).to_have_attribute("data-year", str(year))
    quotas = page.get_by_role("form", name="Квоты муниципальных образований")
    quotas.get_by_label(f"Квота: {municipality}").fill("1")
    quotas.get_by_role("button", name="Сохранить квоты").click()
    expect(quotas.get_by_role("status")).to_have_text("Квоты сохранены")
    # The new school gets its own quota; the campaign's hours are changed and changed back.
    page.get_by_label("Муниципальное образование для квот школ").select_option(label=municipality)
    school_quotas = page.get_by_role("form", name="Квоты школ")
    school_quotas.get_by_label(f"Квота: МБОУ «Школа {run}»").fill("1")
    school_quotas.get_by_role("button", name="Сохранить квоты").click()
    expect(school_quotas.get_by_role("status")).to_have_text("Квоты сохранены")
    page.get_by_text("Изменить сроки").click()
    dates = page.get_by_role("form", name="Сроки кампании")
    dates.get_by_label("Часов в заявлении (сумма групп)").fill("108")
    dates.get_by_role("button", name="Сохранить сроки").click()
    expect(dates.get_by_role("status")).to_have_text("Сроки сохранены")
    expect(page.get_by_test_id("campaign")).to_contain_text("108")
    # The teachers' questionnaire: one required choice.
    questionnaire = page.get_by_role("form", name="Анкета кампании")
    questionnaire.get_by_role("button", name="Добавить вопрос").click()
    questionnaire.get_by_label("Вопрос 1: текст").fill("Какой формат обучения удобнее?")
    questionnaire.get_by_label("Вопрос 1: варианты ответа (по одному в строке)").fill(
        "очно\nдистанционно"
    )
    questionnaire.get_by_role("button", name="Сохранить анкету").click()
    expect(questionnaire.get_by_role("status")).to_have_text("Анкета сохранена")
    expect(questionnaire.get_by_test_id("question")).to_have_count(1)
    check_screen(portal)

    # The imported teacher is confirmed (the school's screens do that; here through GraphQL).
    token = tokens.password(REGIONAL.snils, REGIONAL.password)["access_token"]
    teacher_id = confirm_candidate(platform, token, year, teacher_snils)

    section(page, "Распределение номеров")
    choose_year(page, year)
    page.get_by_role("button", name="Провести распределение номеров").click()
    expect(page.get_by_role("status")).to_contain_text("Распределение проведено: номера получили 1")
    expect(page.get_by_test_id("allocation-summary")).to_have_attribute("data-granted", "1")
    expect(
        page.locator(f'[data-testid="allocation-outcome"][data-teacher-id="{teacher_id}"]')
    ).to_have_attribute("data-reason", "GRANTED")
    # Narrowed to the new municipality: its only teacher.
    page.get_by_label("Муниципальное образование").select_option(label=municipality)
    expect(page.get_by_test_id("allocation-outcome")).to_have_count(1)
    check_screen(portal)

    section(page, "Отчёты")
    choose_year(page, year)
    given = page.locator('[data-testid="count"][data-label="выдано при распределении"]')
    expect(given).to_have_attribute("data-value", "1")
    expect(
        page.locator('[data-testid="count"][data-label="номер присвоен, заявления нет"]')
    ).to_have_attribute("data-value", "1")
    by_municipality = page.locator(f'[data-testid="count"][data-label="{municipality}"]')
    expect(by_municipality).to_have_attribute("data-value", "1")
    with page.expect_download() as download:
        page.get_by_role("button", name="Скачать CSV: Распределение").click()
    assert download.value.suggested_filename.endswith(".csv")
    assert "Тестова" in Path(download.value.path()).read_text(encoding="utf-8-sig")
    audit = page.locator('[data-testid="audit-event"][data-action="run_allocation"]')
    expect(audit.first).to_be_visible()
    check_screen(portal)


def test_municipal_operator_sees_schools_confirms_a_candidate_and_reads_reports(
    portal: Portal, platform: DevStack, tokens: Tokens
) -> None:
    page = portal.page
    year = year_for(page, 2093)
    token = tokens.password(REGIONAL.snils, REGIONAL.password)["access_token"]
    windows: dict[str, Any] = {
        "questionnaireOpensAt": f"{year - 1}-09-07T00:00:00+03:00",
        "questionnaireClosesAt": f"{year - 1}-09-26T00:00:00+03:00",
        "applicationsOpenAt": f"{year - 1}-12-07T00:00:00+03:00",
        "applicationsCloseAt": f"{year - 1}-12-26T00:00:00+03:00",
    }
    opened = gql(platform, OPEN, token, year=year, windows=windows)["openRegionalCampaign"]
    assert opened["__typename"] == "CampaignPayload", opened

    portal.open("/")
    log_in_with_password(page, MUNICIPAL.snils, MUNICIPAL.password)
    switch_role(page, "Муниципальный оператор", "Школы и квоты")
    choose_year(page, year)
    expect(
        page.get_by_test_id("municipal-school").filter(has_text="Демонстрационная гимназия")
    ).to_be_visible()
    check_screen(portal)

    section(page, "Кандидаты")
    choose_year(page, year)
    name = f"{CANDIDATE.last_name} {CANDIDATE.first_name} {CANDIDATE.patronymic}"
    row = page.get_by_test_id("candidate").filter(has_text=name)
    expect(row).to_have_attribute("data-decision", "PENDING")
    check_screen(portal)
    row.get_by_label(f"Выбрать: {name}").check()
    page.get_by_role("button", name="Подтвердить выбранных").click()
    expect(page.get_by_role("status")).to_contain_text("подтверждён")
    expect(row).to_have_attribute("data-decision", "CONFIRMED")

    section(page, "Отказы")
    choose_year(page, year)
    expect(page.get_by_test_id("refusals-summary")).to_have_attribute("data-refused", "0")
    check_screen(portal)

    section(page, "Отчёты")
    choose_year(page, year)
    expect(page.get_by_test_id("region-report")).to_be_visible()
    expect(page.get_by_test_id("allocation-summary")).to_be_visible()
    decided = page.locator('[data-testid="audit-event"][data-action="decide_candidate"]')
    expect(decided.first).to_be_visible()
    check_screen(portal)
