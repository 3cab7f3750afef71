"""Issue 18: a physician in Poland registers in the portal, in Polish, in Chromium at a desktop
width and at 360 px: from the welcome page's Polish link, by PESEL and licence number (PWZ); a
mistyped PESEL is refused next to its field with the Polish message before anything is sent, a
phone number the service refuses is shown in Polish next to the phone; the physician confirms the e-mail from the local Maildir, logs in by PESEL on the identity provider's
page and lands on the trainee's electronic training card. Every screen passes axe's serious and
critical checks."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect
from tests.browser.conftest import Portal
from tests.browser.journeys import log_in
from tests.e2e.test_registration import action_link, mail_to

from cpd_platform.devstack import DevStack
from cpd_platform.pwz import pwz_with_check_digit
from cpd_platform.testing import new_pesel

pytestmark = pytest.mark.browser
PASSWORD = "Bezpieczne-haslo-1"
PWZ = pwz_with_check_digit("425740")
INVALID_PESEL = "44051401358"  # 44051401359 with a wrong check digit


def field(page: Page, label: str) -> Locator:
    """The form field (label, control, hint, error) whose control has the label."""
    return page.locator(".field").filter(has=page.get_by_label(label, exact=True))


def fill_registration(page: Page, pesel: str, email: str) -> None:
    values = {
        "PESEL": pesel,
        "Numer prawa wykonywania zawodu (PWZ)": PWZ,
        "Nazwisko": "Kowalska",
        "Imię": "Anna",
        "Adres e-mail": email,
        "Telefon": "+48 600 100 200",
        "Hasło": PASSWORD,
        "Powtórz hasło": PASSWORD,
    }
    for label, value in values.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("Wyrażam zgodę na przetwarzanie moich danych osobowych").check()
    page.get_by_label("Akceptuję regulamin serwisu").check()
    page.get_by_role("button", name="Zarejestruj się").click()


def test_a_physician_registers_by_pesel_and_logs_in_to_the_training_card(
    portal: Portal, platform: DevStack
) -> None:
    page = portal.page
    pesel = new_pesel()
    email = f"anna.{pesel}@example.pl"

    portal.open("/")
    page.get_by_role("link", name="Lekarz w Polsce? Zarejestruj się numerem PESEL").click()
    expect(page.get_by_role("heading", name="Rejestracja lekarza (SMK)")).to_be_visible()
    portal.assert_accessible()

    # A mistyped PESEL is refused next to its field, in Polish, and nothing is registered.
    fill_registration(page, INVALID_PESEL, email)
    pesel_field = field(page, "PESEL")
    expect(pesel_field.get_by_role("alert")).to_have_text(
        "Nieprawidłowy numer PESEL: wymagane 11 cyfr z poprawną cyfrą kontrolną i datą urodzenia"
    )
    expect(page.get_by_label("PESEL", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("heading", name="Potwierdź adres e-mail")).to_have_count(0)
    portal.assert_accessible()

    # A phone number the service refuses: its message is shown in Polish next to the phone.
    page.get_by_label("PESEL", exact=True).fill(pesel)
    page.get_by_label("Telefon", exact=True).fill("600 100")
    page.get_by_role("button", name="Zarejestruj się").click()
    expect(field(page, "Telefon").get_by_role("alert")).to_have_text(
        "Nieprawidłowy numer telefonu: podaj go w formacie międzynarodowym, np. +48 600 100 200."
    )
    expect(field(page, "PESEL").get_by_role("alert")).to_have_count(0)
    portal.assert_accessible()

    # The right phone registers; the e-mail verification step follows.
    page.get_by_label("Telefon", exact=True).fill("+48 600 100 200")
    page.get_by_role("button", name="Zarejestruj się").click()
    expect(page.get_by_role("heading", name="Potwierdź adres e-mail")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text(email)
    portal.assert_accessible()

    # The link from the e-mail, then the login by PESEL on the identity provider's page.
    page.goto(action_link(mail_to(platform, email)))
    expect(page.get_by_text("Адрес подтверждён")).to_be_visible()
    portal.open("/smk")
    log_in(page, pesel, PASSWORD)
    expect(page.get_by_role("heading", name="Elektroniczna karta specjalizacji")).to_be_visible()
    expect(page.get_by_text("Nie masz jeszcze karty szkolenia specjalizacyjnego.")).to_be_visible()
    portal.assert_accessible()
