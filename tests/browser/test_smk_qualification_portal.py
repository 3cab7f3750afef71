"""Issue 18's qualification screens in Chromium, in Polish: the voivodeship office chooses a
session (opened with an extraordinary window around today) and takes the voivodeship's places
from the accredited unit; a trainee applies on the portal with a variant chosen among the
session's places and waits for the list; the office computes and publishes the voivodeship's
list; the trainee reads that they got their first variant. Every page passes axe's serious and
critical checks."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from tests.browser.conftest import Portal
from tests.browser.test_smk_portal import account, log_in, log_out, run
from tests.e2e.test_smk_journey import OPEN_SESSION, voivodeship_office
from tests.e2e.test_smk_training import accredited_unit, published_specialty, smk_staff
from tests.e2e.test_specialist_journey import gql, person_id_of

from cpd_platform.devstack import DevStack
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.browser


def test_the_office_publishes_the_list_and_the_trainee_reads_their_place(
    portal: Portal, platform: DevStack
) -> None:
    today = date.today()
    idp = RunningIdp(platform.idp_url)
    staff = run(smk_staff(platform))
    admin, cmkp = staff.admin, staff.cmkp
    specialty = published_specialty(platform, cmkp, "neurologia")
    accredited_unit(platform, cmkp, specialty, voivodeship="14", places=1)
    office_token = voivodeship_office(platform, admin, "14")
    office = account(idp, person_id_of(platform, office_token), "smk_voivodeship_office")
    year = 2040 + uuid.uuid4().int % 60
    session = gql(
        platform,
        OPEN_SESSION,
        office_token,
        year=year,
        term="AUTUMN",
        opens=(today - timedelta(days=1)).isoformat(),
        closes=(today + timedelta(days=1)).isoformat(),
    )["openQualificationSession"]
    assert session["__typename"] == "QualificationSession", session
    session_name = f"Postępowanie jesienne {year}"

    # The office takes the places of the specialty from the accreditation.
    page = portal.open("/")
    log_in(page, office)
    page.get_by_label("Роль").select_option(label="SMK · urząd wojewódzki")
    expect(page.get_by_role("heading", name="Postępowanie kwalifikacyjne")).to_be_visible()
    page.get_by_label("Postępowanie", exact=True).select_option(label=session_name)
    page.get_by_label("Województwo (kod TERYT)").fill("14")
    page.get_by_label("Specjalizacja").fill(specialty)
    page.get_by_label("Według akredytacji jednostek (z katalogu)").check()
    page.get_by_role("button", name="Zapisz miejsca").click()
    expect(page.get_by_test_id("place").filter(has_text=specialty)).to_contain_text("1")
    portal.assert_accessible()
    log_out(page)

    # The trainee applies with the one variant.
    trainee = account(idp, str(uuid.uuid4()), "smk_trainee")
    log_in(page, trainee)
    page.goto(portal.url.rstrip("/") + "/smk/wniosek")
    expect(page.get_by_role("heading", name="Postępowanie kwalifikacyjne")).to_be_visible()
    page.get_by_label("Postępowanie", exact=True).select_option(label=session_name)
    expect(page.get_by_test_id("session-facts")).to_contain_text("smk-2023")
    page.get_by_label("Wynik LEK/LDEK (%)").fill("87,5")
    page.get_by_label("Miejsce szkoleniowe").select_option(
        label=f"{specialty}, woj. 14, rezydentura (Miejsca: 1)"
    )
    page.get_by_role("button", name="Dodaj wariant").click()
    expect(page.get_by_test_id("variant")).to_have_count(1)
    portal.assert_accessible()
    page.get_by_role("button", name="Złóż wniosek").click()
    mine = page.get_by_test_id("my-application")
    expect(mine).to_contain_text("87.5")
    expect(mine).to_contain_text("Listy dla Twoich wariantów nie zostały jeszcze opublikowane.")
    log_out(page)

    # The office computes and publishes mazowieckie's list.
    log_in(page, office)
    page.goto(portal.url.rstrip("/") + "/smk-urzad")
    page.get_by_label("Postępowanie", exact=True).select_option(label=session_name)
    page.get_by_label("Województwo (kod TERYT)").fill("14")
    page.get_by_role("button", name="Wylicz listy rankingowe").click()
    expect(page.get_by_role("status")).to_contain_text("Listy wyliczone (Tura 1): z miejscem 1")
    page.get_by_role("button", name="Opublikuj listę województwa").click()
    expect(page.get_by_test_id("list-publication")).to_contain_text("Lista opublikowana")
    expect(page.locator("[data-testid=list-row][data-outcome=ASSIGNED]")).to_have_count(1)
    portal.assert_accessible()
    log_out(page)

    # The trainee reads their place.
    log_in(page, trainee)
    page.goto(portal.url.rstrip("/") + "/smk/wniosek")
    page.get_by_label("Postępowanie", exact=True).select_option(label=session_name)
    result = page.get_by_test_id("qualification-result")
    expect(result).to_have_attribute("data-outcome", "ASSIGNED")
    expect(result).to_contain_text("Zakwalifikowano: wariant nr 1")
    portal.assert_accessible()
