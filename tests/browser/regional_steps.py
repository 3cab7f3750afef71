"""Steps of the regional journey (issue 17, ЭОРТ): what the regional operator, the school
operator and the teacher do in the portal, and what is prepared around them (the registry's
course, the school operator's grant, the questionnaire's question)."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import grpc
from playwright.sync_api import Browser, Locator, Page, expect
from tests.browser.conftest import Portal
from tests.browser.journeys import log_in_with_password, section
from tests.browser.provider_side import outside_the_browser_loop
from tests.browser.test_regional_operator import choose_year, csv_file, preview_and_apply
from tests.e2e.conftest import Tokens, gql
from tests.e2e.test_regional_campaign import GRANT, SET_QUESTIONS, nodes, ok
from tests.e2e.test_registration import registered_and_verified

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.testing import bearer, new_snils
from local_idp.pytest_plugin import RunningIdp

REGIONAL = next(a for a in demo.ACCOUNTS if a.key == "regional_operator")
KAZAN = "городской округ «город Казань»"
SCHOOL_AREA = "Школа: директор и оператор"
TEACHER_AREA = "Учитель"
GROUP_HOURS = 36
MOSCOW = ZoneInfo("Europe/Moscow")
# Each run opens its own campaign: a region has one campaign a year.
_YEARS = itertools.count(2061)

CAMPAIGN = """query($year: Int!) { regionalCampaign(regionCode: "16", year: $year) { id } }"""
SCHOOLS = """query($m: ID!) { regionalSchools(municipalityId: $m, first: 500) {
  edges { node { id code } } } }"""


@dataclass(frozen=True)
class Teacher:
    snils: str
    family_name: str
    given_name: str

    @property
    def name(self) -> str:
        return f"{self.family_name} {self.given_name}"


@dataclass
class Campaign:
    """One run's campaign in region 16: its year, the new school and its three candidates."""

    year: int
    school_code: str
    school_name: str
    applicant: Teacher  # logs in and applies (never trained: receives a number)
    refusing: Teacher  # never trained: receives a number that the school refuses
    waiting: Teacher  # trained long ago: waits, then receives the freed number
    course_title: str
    id: str = ""
    school_id: str = ""


class RegionalSide:
    """What happens around the regional operator's screens: an administrator's grants and the
    registry's course (catalog-svc), and the regional operator's GraphQL reads."""

    def __init__(self, platform: DevStack, tokens: Tokens) -> None:
        self.platform = platform
        self.regional = tokens.password(REGIONAL.snils, REGIONAL.password)["access_token"]
        self.admin = outside_the_browser_loop(
            RunningIdp(platform.idp_url).person_token(roles=["admin"])
        )

    def call(self, document: str, **variables: Any) -> dict[str, Any]:
        return gql(self.platform, document, self.regional, **variables)

    def plan(self, applicant_snils: str) -> Campaign:
        """The run's year, school and teachers (the applicant has an account), and a 72-hour
        course of two 36-hour groups in the registry."""
        tag = uuid.uuid4().hex[:6]
        campaign = Campaign(
            year=next(_YEARS),
            school_code=f"J-{tag}",
            school_name=f"МБОУ «Школа {tag}»",
            applicant=Teacher(applicant_snils, "Ильина", f"Анна{tag}"),
            refusing=Teacher(new_snils(), "Борисова", f"Вера{tag}"),
            waiting=Teacher(new_snils(), "Карпов", f"Глеб{tag}"),
            course_title=f"Функциональная грамотность {tag}",
        )
        self.course_of_two_groups(campaign.course_title)
        return campaign

    def opened(self, campaign: Campaign) -> None:
        """The ids of what the regional operator opened and imported in the portal."""
        campaign.id = self.call(CAMPAIGN, year=campaign.year)["regionalCampaign"]["id"]
        schools = nodes(self.call(SCHOOLS, m=demo.MUNICIPALITY_ID)["regionalSchools"])
        campaign.school_id = next(s["id"] for s in schools if s["code"] == campaign.school_code)
        # The questionnaire's one question (its screen is the regional area's own test's).
        ok(self.call(SET_QUESTIONS, c=campaign.id)["setQuestionnaire"])

    def course_of_two_groups(self, title: str) -> None:
        """A published 36-hour programme of the registry with two groups of 10 budget seats."""
        element_id = str(uuid.uuid4())
        today = datetime.now(UTC).date()
        cycles = [
            catalog_pb2.ProgramCycle(
                id=str(uuid.uuid4()),
                element_id=element_id,
                starts_on=(today + timedelta(days=start)).isoformat(),
                ends_on=(today + timedelta(days=start + 10)).isoformat(),
                seats=[
                    catalog_pb2.SeatCount(basis=catalog_pb2.FUNDING_BASIS_BUDGET, total=10, free=10)
                ],
                place="г. Казань",
            )
            for start in (40, 70)
        ]
        element = catalog_pb2.Element(
            id=element_id,
            kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
            title=title,
            provider_id=demo.REGIONAL_PROVIDER_ID,
            zet=GROUP_HOURS,
            region_code="16",
            audience="teachers",
            form_of_study="part_time",
            subject_codes=["math"],
            annotation="Курс для педагогов",
            cycles=cycles,
        )
        with grpc.insecure_channel(self.platform.target("catalog")) as channel:
            stub = catalog_pb2_grpc.CatalogServiceStub(channel)
            stub.CreateElement(
                catalog_pb2.CreateElementRequest(element=element),
                metadata=bearer(self.admin),
                timeout=10,
            )
            stub.PublishElement(
                catalog_pb2.PublishElementRequest(element_id=element_id),
                metadata=bearer(self.admin),
                timeout=10,
            )

    def school_head(self, school_id: str) -> str:
        """A new person granted school_head of the school by an administrator: their SNILS."""
        snils, token = registered_and_verified(self.platform)
        person_id = gql(self.platform, "{ me { id } }", token)["me"]["id"]
        granted = gql(
            self.platform,
            GRANT,
            self.admin,
            role="school_head",
            scope=f"school:{school_id}",
            personId=person_id,
        )
        ok(granted["grantRole"])
        return snils


def registered_person(platform: DevStack) -> str:
    """A new person with an account (the specialist's role only): their SNILS."""
    snils, _ = registered_and_verified(platform)
    return snils


def head_appoints_the_operator(head: Portal, snils: str) -> None:
    """The school head appoints a registered person the school's operator, by SNILS."""
    page = head.page
    go_to(page, "Операторы школы", "Операторы школы")
    form = page.get_by_role("form", name="Оператор школы")
    form.get_by_label("СНИЛС сотрудника").fill(snils)
    form.get_by_role("button", name="Назначить оператором").click()
    expect(form.get_by_role("status")).to_contain_text("Оператор назначен")
    head.assert_accessible()


def registered_teacher(platform: DevStack) -> str:
    """A new person registered as a teacher (realm role `teacher`): their SNILS."""
    snils, _ = registered_and_verified(platform, kind="TEACHER")
    return snils


def second_tab(browser: Browser, portal: Portal, name: str) -> Portal:
    """Another person's browser at the same width (a context of its own: no shared session)."""
    context = browser.new_context(viewport=portal.page.viewport_size, locale="ru-RU")
    context.set_default_timeout(15_000)
    return Portal(page=context.new_page(), stack=portal.stack, artifacts=portal.artifacts / name)


def log_in_to_area(portal: Portal, snils: str, password: str, area: str, heading: str) -> Page:
    """Logs in through the identity provider's page and switches to the area («Роль»)."""
    page = portal.open("/")
    log_in_with_password(page, snils, password)
    page.locator("header").get_by_label("Роль").select_option(label=area)
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
    return page


def select_containing(select: Locator, text: str) -> None:
    """Chooses the option whose label contains `text`."""
    expect(select.locator("option", has_text=text)).to_have_count(1)
    select.select_option(label=select.locator("option", has_text=text).inner_text())


def choose_campaign(page: Page, year: int) -> None:
    choose_year(page, year)
    expect(page.get_by_test_id("campaign-windows")).to_be_visible()


def go(page: Page, name: str, heading: str, year: int) -> None:
    """To a section of the area, in the run's campaign."""
    go_to(page, name, heading)
    choose_campaign(page, year)


def region_imports_the_school(region: Portal, campaign: Campaign, folder: Path) -> None:
    """The regional operator loads the school and its three teachers from CSV files."""
    page = region.page
    go_to(page, "Импорт структуры", "Импорт структуры")
    region.assert_accessible()
    schools = csv_file(
        folder,
        "schools.csv",
        [
            "municipality;code;name;kind",
            f"{KAZAN};{campaign.school_code};{campaign.school_name};general",
        ],
    )
    preview_and_apply(page, region, "Школы", schools, new=1, invalid=0)
    rows = ["school_code;snils;family_name;given_name;last_training;position;subjects"]
    rows += [
        f"{campaign.school_code};{t.snils};{t.family_name};{t.given_name};{trained};учитель;математика"
        for t, trained in (
            (campaign.applicant, ""),
            (campaign.refusing, ""),
            (campaign.waiting, "2018"),
        )
    ]
    teachers = csv_file(folder, "teachers.csv", rows)
    part = preview_and_apply(page, region, "Учителя", teachers, new=3, invalid=0)
    expect(part.get_by_role("status")).to_contain_text("Добавлено: 3")


def region_opens_the_campaign(region: Portal, campaign: Campaign) -> None:
    """A campaign year whose windows are open now (Moscow days), 72 hours, two numbers for
    Kazan and two for the school."""
    page = region.page
    go_to(page, "Кампания и квоты", "Кампания и квоты")
    today = datetime.now(MOSCOW).date()
    form = page.get_by_role("form", name="Новая кампания")
    form.get_by_label("Год обучения").fill(str(campaign.year))
    for label in ("Анкетирование", "Заявления"):
        form.get_by_label(f"{label}: первый день").fill((today - timedelta(days=1)).isoformat())
        form.get_by_label(f"{label}: последний день").fill((today + timedelta(days=2)).isoformat())
    form.get_by_role("button", name="Открыть кампанию").click()
    expect(form.get_by_role("status")).to_have_text(f"Кампания {campaign.year} года открыта")
    choose_year(page, campaign.year)
    card = page.get_by_test_id("campaign")
    expect(card).to_have_attribute("data-year", str(campaign.year))
    expect(card).to_contain_text("открыто сейчас")
    set_quota(page, "Квоты муниципальных образований", KAZAN, 2)
    page.get_by_label("Муниципальное образование для квот школ").select_option(label=KAZAN)
    set_quota(page, "Квоты школ", campaign.school_name, 2)
    region.assert_accessible()


def set_quota(page: Page, table: str, unit: str, count: int) -> None:
    form = page.get_by_role("form", name=table)
    form.get_by_label(f"Квота: {unit}").fill(str(count))
    form.get_by_role("button", name="Сохранить квоты").click()
    expect(form.get_by_role("status")).to_have_text("Квоты сохранены")


def region_runs_the_allocation(region: Portal, year: int) -> None:
    page = region.page
    go_to(page, "Распределение номеров", "Распределение номеров")
    choose_year(page, year)
    page.get_by_role("button", name="Провести распределение номеров").click()
    expect(page.get_by_role("status")).to_contain_text("Распределение проведено: номера получили 2")
    region.assert_accessible()


def region_report_counts(region: Portal, year: int) -> dict[str, str]:
    """The region's report for the year: each count's label and value."""
    page = region.page
    go_to(page, "Отчёты", "Отчёты региона")
    choose_year(page, year)
    counts = page.get_by_test_id("region-report").get_by_test_id("count")
    expect(counts.first).to_be_visible()
    region.assert_accessible()
    return {
        str(counts.nth(i).get_attribute("data-label")): str(
            counts.nth(i).get_attribute("data-value")
        )
        for i in range(counts.count())
    }


def go_to(page: Page, name: str, heading: str) -> None:
    section(page, name)
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
