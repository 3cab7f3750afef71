"""Issue 18's SMK screens in Chromium, at a desktop width and at 360 px, in Polish: a trainee
logs in, opens their electronic training card, sees the programme's modules with what each
requires, records a procedure and sees it waiting; the supervisor of the unit logs in, opens the
card from the unit's list, returns one entry with a reason and confirms another; the trainee
sees both decisions. A trainee opens a card on the portal; once it is complete they apply for the exam (PES); the exam centre
returns the application with a reason and the trainee reads it. Every page passes axe's serious
and critical checks."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import Any, TypeVar

import pytest
from playwright.sync_api import Page, expect
from tests.browser.conftest import Portal
from tests.browser.journeys import log_in as log_in_as
from tests.browser.journeys import log_out
from tests.e2e.test_registration import registered_and_verified
from tests.e2e.test_smk_training import (
    ADD,
    OPEN,
    PUBLISH,
    accredited_unit,
    grant_supervisor,
    published_specialty,
    smk_staff,
)
from tests.e2e.test_specialist_journey import gql, person_id_of

from cpd_platform.devstack import DevStack
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.browser
PASSWORD = "Smk-test-password-1"
T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Playwright's sync API keeps an event loop in this thread: async helpers run in another."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def account(idp: RunningIdp, person_id: str, role: str) -> str:
    """An identity-provider login (username) for the person with the realm role."""
    username = f"smk-{role}-{uuid.uuid4().hex[:8]}"
    run(
        idp.create_user(
            username=username,
            password=PASSWORD,
            attributes={"person_id": [person_id]},
            roles=[role],
        )
    )
    return username


def log_in(page: Page, username: str) -> None:
    log_in_as(page, username, PASSWORD)
    expect(page.get_by_role("heading", name="Мои циклы")).to_be_visible()


def test_a_trainee_records_and_the_supervisor_confirms_or_returns(
    portal: Portal, platform: DevStack
) -> None:
    today = date.today()
    idp = RunningIdp(platform.idp_url)
    staff = run(smk_staff(platform))
    admin, cmkp = staff.admin, staff.cmkp
    specialty = published_specialty(platform, cmkp, "kardiologia")
    unit = accredited_unit(platform, cmkp, specialty, places=1)
    # The supervisor: a person of identity-svc granted smk_supervisor on the unit.
    _, registered = registered_and_verified(platform)
    supervisor_id = person_id_of(platform, registered)
    grant_supervisor(platform, admin, supervisor_id, unit["id"])
    supervisor = account(idp, supervisor_id, "smk_supervisor")
    trainee = account(idp, str(uuid.uuid4()), "smk_trainee")
    trainee_token = run(idp.password_token(trainee, PASSWORD))
    card = gql(
        platform,
        OPEN,
        trainee_token,
        unit=unit["id"],
        specialty=specialty,
        on=(today - timedelta(days=30)).isoformat(),
    )["openTrainingCard"]
    duty = gql(
        platform,
        ADD,
        trainee_token,
        card=card["id"],
        key="web-duty",
        entry={
            "moduleCode": "specjalistyczny",
            "kind": "DUTY",
            "quantity": 10,
            "performedOn": (today - timedelta(days=2)).isoformat(),
        },
    )["addCardEntry"]
    assert duty["__typename"] == "CardEntryChange", duty

    # The trainee's card, in Polish.
    page = portal.open("/")
    log_in(page, trainee)
    page.get_by_label("Роль").select_option(label="SMK · lekarz w trakcie specjalizacji")
    expect(page.get_by_role("heading", name="Elektroniczna karta specjalizacji")).to_be_visible()
    module = page.get_by_test_id("module")
    expect(module).to_have_attribute("data-state", "open")
    expect(
        module.get_by_role("cell", name="Procedura typu A (wykonanie): Echokardiografia (P-ECHO)")
    ).to_be_visible()
    page.get_by_label("Rodzaj wpisu").select_option("PROCEDURE")
    page.get_by_label("Element programu").select_option("P-ECHO")
    page.get_by_label("Data").fill((today - timedelta(days=1)).isoformat())
    page.get_by_label("Kod pacjenta (bez danych osobowych)").fill("PAC-17")
    page.get_by_role("button", name="Zapisz wpis").click()
    expect(page.get_by_role("status")).to_have_text(
        "Wpis zapisany: czeka na potwierdzenie kierownika specjalizacji."
    )
    expect(page.locator("[data-testid=entry][data-status=SUBMITTED]")).to_have_count(2)
    portal.assert_accessible()
    log_out(page)

    # The supervisor returns the duty with a reason and confirms the procedure.
    log_in(page, supervisor)
    page.get_by_label("Роль").select_option(label="SMK · kierownik specjalizacji")
    expect(page.get_by_role("heading", name="Potwierdzenia")).to_be_visible()
    page.get_by_test_id("unit-card").get_by_role("button", name="Otwórz kartę").click()
    entries = page.get_by_test_id("review-entry")
    expect(entries).to_have_count(2)
    duty_entry = entries.filter(has_text="Dyżur")
    duty_entry.get_by_label("Powód zwrotu").fill("Dyżur w innym terminie")
    duty_entry.get_by_role("button", name="Zwróć").click()
    expect(page.locator("[data-testid=review-entry][data-status=RETURNED]")).to_contain_text(
        "Dyżur w innym terminie"
    )
    entries.filter(has_text="P-ECHO").get_by_role("button", name="Potwierdź").click()
    expect(page.locator("[data-testid=review-entry][data-status=CONFIRMED]")).to_have_count(1)
    portal.assert_accessible()
    log_out(page)

    # The trainee sees both decisions.
    log_in(page, trainee)
    page.goto(portal.url.rstrip("/") + "/smk")
    expect(page.locator("[data-testid=entry][data-status=RETURNED]")).to_contain_text(
        "zwrócony: Dyżur w innym terminie"
    )
    expect(page.locator("[data-testid=entry][data-status=CONFIRMED]")).to_have_count(1)


CONFIRM_MODULE = """
mutation Confirm($card: ID!, $module: String!) {
  confirmModule(cardId: $card, moduleCode: $module) { __typename }
}"""
REVIEW = """
mutation Review($card: ID!, $entry: ID!) {
  reviewCardEntry(cardId: $card, entryId: $entry, confirm: true, reason: "") { __typename }
}"""


def test_a_complete_card_applies_and_the_exam_centre_returns_the_application(
    portal: Portal, platform: DevStack
) -> None:
    today = date.today()
    idp = RunningIdp(platform.idp_url)
    staff = run(smk_staff(platform))
    admin, cmkp = staff.admin, staff.cmkp
    specialty = f"pediatria-{uuid.uuid4().hex[:8]}"
    duty_only = {
        "specialty": specialty,
        "specialtyName": "Pediatria",
        "title": "Program specjalizacji w dziedzinie pediatrii (test)",
        "durationYears": 5,
        "modules": [
            {"code": "dyzury", "title": "Moduł dyżurów", "kind": "SPECIALISED", "dutyHours": 10}
        ],
    }
    assert gql(platform, PUBLISH, cmkp, p=duty_only)["publishProgramme"]["version"] == 1
    unit = accredited_unit(platform, cmkp, specialty, voivodeship="12", places=1)
    trainee = account(idp, str(uuid.uuid4()), "smk_trainee")
    token = run(idp.password_token(trainee, PASSWORD))
    # The trainee opens their card on the portal, at the one unit accredited for the specialty.
    page = portal.open("/")
    log_in(page, trainee)
    page.goto(portal.url.rstrip("/") + "/smk")
    expect(page.get_by_text("Nie masz jeszcze karty szkolenia specjalizacyjnego.")).to_be_visible()
    page.get_by_label("Specjalizacja").select_option(specialty)
    expect(page.get_by_label("Jednostka").locator("option")).to_have_text(
        ["Szpital Kliniczny 12 (e2e), Warszawa"]
    )
    page.get_by_label("Tryb").select_option("residency")
    page.get_by_label("Dzień rozpoczęcia szkolenia").fill((today - timedelta(days=30)).isoformat())
    portal.assert_accessible()
    page.get_by_role("button", name="Załóż kartę szkolenia").click()
    expect(page.get_by_test_id("module")).to_have_attribute("data-module", "dyzury")
    card = gql(platform, "{ myTrainingCards { id unitId } }", token)["myTrainingCards"][0]
    assert card["unitId"] == unit["id"]
    entry = gql(
        platform,
        ADD,
        token,
        card=card["id"],
        key="duty",
        entry={
            "moduleCode": "dyzury",
            "kind": "DUTY",
            "quantity": 10,
            "performedOn": (today - timedelta(days=2)).isoformat(),
        },
    )["addCardEntry"]["entry"]
    # An admin stands in for the unit's supervisor here (the confirmations have their own test).
    assert gql(platform, REVIEW, admin, card=card["id"], entry=entry["id"])["reviewCardEntry"]
    assert gql(platform, CONFIRM_MODULE, admin, card=card["id"], module="dyzury")[
        "confirmModule"
    ] == {"__typename": "TrainingCard"}

    page.reload()
    expect(page.get_by_text("Karta zrealizowana: możesz złożyć zgłoszenie do PES.")).to_be_visible()
    page.get_by_role("button", name="Złóż zgłoszenie do PES").click()
    expect(page.get_by_text("Zgłoszenie złożone: czeka na decyzję CEM.")).to_be_visible()
    expect(page.locator("[data-testid=exam-application][data-status=SUBMITTED]")).to_have_count(1)
    log_out(page)

    centre = account(idp, str(uuid.uuid4()), "smk_exam_centre")
    log_in(page, centre)
    page.goto(portal.url.rstrip("/") + "/smk-cem")
    expect(page.get_by_role("heading", name="Zgłoszenia do PES")).to_be_visible()
    mine = page.get_by_test_id("centre-application").filter(has_text=specialty)
    mine.get_by_label("Powód zwrotu").fill("Brak opłaty egzaminacyjnej")
    mine.get_by_role("button", name="Zwróć").click()
    expect(page.get_by_test_id("centre-application").filter(has_text=specialty)).to_have_attribute(
        "data-status", "RETURNED"
    )
    portal.assert_accessible()
    log_out(page)

    log_in(page, trainee)
    page.goto(portal.url.rstrip("/") + "/smk")
    expect(page.locator("[data-testid=exam-application][data-status=RETURNED]")).to_contain_text(
        "Brak opłaty egzaminacyjnej"
    )
