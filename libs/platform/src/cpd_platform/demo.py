"""Demo data shared by every service's demo seed, so the seeds agree without calling each other.

Documented in README ("Local run"); used by `make up` and the e2e tests.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from cpd_platform.pesel import pesel_with_check_digit
from cpd_platform.pwz import pwz_with_check_digit
from cpd_platform.snils import with_check_number

_NAMESPACE = uuid.UUID("5f0c3e9a-3f0e-4d61-9a53-6a1c2b7e0c11")


def demo_id(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, name))


SPECIALIST_SNILS = "11223344595"
SPECIALIST_PASSWORD = "demo-specialist"
SPECIALIST_PERSON_ID = demo_id("person:demo-specialist")
# Official specialty codes (catalog-svc reference data; FGOS ординатура / СПО codes).
CARDIOLOGY = "31.08.36"
THERAPY = "31.08.49"
GENERAL_PRACTICE = "31.08.54"
PEDIATRICS = "31.08.19"
NURSING = "34.02.01"

SPECIALIST_SPECIALTY = CARDIOLOGY
SPECIALIST_REGION = "16"
SPECIALIST_CYCLE_ID = demo_id("cycle:demo-specialist:cardiology")
SPECIALIST_CYCLE_STARTS_ON = date(2024, 3, 15)

PROVIDER_ID = demo_id("provider:demo")
PROVIDER_CLIENT_ID = "demo-provider"

PROGRAM_ID = demo_id("element:program:cardiology-36")
EVENT_ID = demo_id("element:event:cardiology-conference")
MODULE_ID = demo_id("element:module:ecg")

# A cycle (group) of the demo program: dates and seats per funding basis.
PROGRAM_CYCLE_ID = demo_id("cycle:program:cardiology-36:2025-02")

# The regional teachers' programme registry (Tatarstan): a program with two 36-hour groups.
REGIONAL_PROVIDER_ID = demo_id("provider:regional-iro")
REGIONAL_PROGRAM_ID = demo_id("element:program:teachers:functional-literacy")
REGIONAL_GROUP_IDS = (
    demo_id("cycle:teachers:functional-literacy:group-1"),
    demo_id("cycle:teachers:functional-literacy:group-2"),
)

# The municipality and school the demo operators and teachers belong to (pk-regional-svc seeds
# them; the municipality's id follows pk-regional-svc's `municipality:<name>` rule).
DEMO_REGION = "16"
MUNICIPALITY_ID = demo_id("municipality:городской округ «город Казань»")
SCHOOL_ID = demo_id("school:kazan-gymnasium-1")
SCHOOL_CODE = "DEMO-0001"

# SMK: the demo training unit in Warsaw (mazowieckie, TERYT 14), accredited for cardiology with
# places per mode (catalog-svc seeds the unit; pk-regional-svc seeds the demo qualification
# session's places from the same accreditation).
SMK_UNIT_ID = demo_id("smk:unit:szpital-demo")
SMK_UNIT_VOIVODESHIP = "14"
SMK_SPECIALTY = "kardiologia"
SMK_UNIT_PLACES = (("residency", 4), ("non_residency", 2))
SMK_UNIT_ACCREDITED = (date(2024, 1, 1), date(2029, 12, 31))


def smk_session_id(year: int, term: str) -> str:
    """The id of the demo qualification session of a year and term ("spring" or "autumn")."""
    return demo_id(f"smk:qualification-session:{year}:{term}")


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A demo person who logs in with SNILS (or e-mail) and password, or with a PESEL for the
    persons in Poland (SMK, who have no SNILS): their realm roles and the scoped grant their role
    needs (role, scope) if any."""

    key: str
    title: str
    person_id: str
    snils: str | None
    password: str
    last_name: str
    first_name: str
    patronymic: str
    email: str
    realm_roles: tuple[str, ...]
    grant: tuple[str, str] | None = None
    teacher: bool = False
    pesel: str | None = None
    # The licence number (numer PWZ) of a physician in Poland.
    pwz: str | None = None

    @property
    def login(self) -> str:
        """The username: the PESEL of a person in Poland, else the SNILS's 11 digits."""
        return self.pesel or self.required_snils()

    def required_snils(self) -> str:
        """The SNILS of an account of the Russian models (every account but SMK's)."""
        if self.snils is None:
            raise ValueError(f"the demo account {self.key} has a PESEL, not a SNILS")
        return self.snils


def _account(
    key: str,
    title: str,
    first_nine: str,
    names: tuple[str, str, str],
    roles: tuple[str, ...],
    grant: tuple[str, str] | None = None,
    *,
    teacher: bool = False,
) -> DemoAccount:
    return DemoAccount(
        key=key,
        title=title,
        person_id=demo_id(f"person:{key}"),
        snils=with_check_number(first_nine),
        password=f"demo-{key.replace('_', '-')}",
        last_name=names[0],
        first_name=names[1],
        patronymic=names[2],
        email=f"demo.{key.replace('_', '.')}@example.org",
        realm_roles=roles,
        grant=grant,
        teacher=teacher,
    )


def _smk_account(
    key: str,
    title: str,
    numbers: tuple[str, str | None],
    names: tuple[str, str],
    roles: tuple[str, ...],
    grant: tuple[str, str] | None = None,
) -> DemoAccount:
    """A person in Poland: numbers are the PESEL's first ten digits and the licence number's
    last six (None: not a physician; the exam centre's and CMKP's staff)."""
    pesel_body, pwz_body = numbers
    return DemoAccount(
        key=key,
        title=title,
        person_id=demo_id(f"person:{key}"),
        snils=None,
        pesel=pesel_with_check_digit(pesel_body),
        pwz=pwz_with_check_digit(pwz_body) if pwz_body else None,
        password=f"demo-{key.replace('_', '-')}",
        last_name=names[0],
        first_name=names[1],
        patronymic="",
        email=f"demo.{key.replace('_', '.')}@example.org",
        realm_roles=roles,
        grant=grant,
    )


SPECIALIST = DemoAccount(
    key="specialist",
    title="специалист (кардиология)",
    person_id=SPECIALIST_PERSON_ID,
    snils=SPECIALIST_SNILS,
    password=SPECIALIST_PASSWORD,
    last_name="Смирнова",
    first_name="Анна",
    patronymic="Сергеевна",
    email="demo.specialist@example.org",
    realm_roles=("specialist",),
)

# Every role's demo account besides the specialist (README, "What `make up` gives you").
ACCOUNTS: tuple[DemoAccount, ...] = (
    _account("admin", "администратор", "100000101", ("Орлов", "Игорь", "Павлович"), ("admin",)),
    _account(
        "provider_admin",
        "администратор демо-организации",
        "100000102",
        ("Киселёва", "Ольга", "Игоревна"),
        ("provider_admin",),
        ("provider_admin", f"provider:{PROVIDER_ID}"),
    ),
    _account(
        "provider_staff",
        "сотрудник демо-организации",
        "100000103",
        ("Лебедев", "Артём", "Олегович"),
        ("provider_staff",),
        ("provider_staff", f"provider:{PROVIDER_ID}"),
    ),
    _account(
        "support",
        "сотрудник поддержки",
        "100000104",
        ("Зайцева", "Мария", "Андреевна"),
        ("support",),
    ),
    _account(
        "regional_operator",
        "региональный оператор (Татарстан)",
        "100000105",
        ("Галиев", "Ренат", "Ильдарович"),
        ("regional_operator",),
        ("regional_operator", f"region:{DEMO_REGION}"),
    ),
    _account(
        "municipal_operator",
        "муниципальный оператор (Казань)",
        "100000106",
        ("Хабибуллина", "Алсу", "Рустемовна"),
        ("municipal_operator",),
        ("municipal_operator", f"municipality:{MUNICIPALITY_ID}"),
    ),
    _account(
        "school_head",
        "директор демо-школы",
        "100000107",
        ("Сафин", "Марат", "Камилевич"),
        ("school_head",),
        ("school_head", f"school:{SCHOOL_ID}"),
    ),
    _account(
        "school_operator",
        "оператор демо-школы",
        "100000108",
        ("Никитина", "Елена", "Викторовна"),
        ("school_operator",),
        ("school_operator", f"school:{SCHOOL_ID}"),
    ),
    _account(
        "teacher",
        "учитель (обучался два года назад)",
        "100000109",
        ("Гарипова", "Лейла", "Маратовна"),
        ("teacher",),
        teacher=True,
    ),
    _account(
        "teacher_candidate",
        "учитель-кандидат (обучался четыре года назад)",
        "100000110",
        ("Морозов", "Денис", "Сергеевич"),
        ("teacher",),
        teacher=True,
    ),
    # SMK (Polish specialisation training): persons in Poland, by PESEL; their screens are in
    # Polish.
    _smk_account(
        "smk_trainee",
        "SMK: lekarz w trakcie specjalizacji",
        ("9503120124", "100111"),
        ("Kowalska", "Anna"),
        ("smk_trainee",),
    ),
    _smk_account(
        "smk_supervisor",
        "SMK: kierownik specjalizacji w demo-jednostce",
        ("7506200135", "200112"),
        ("Nowak", "Piotr"),
        ("smk_supervisor",),
        ("smk_supervisor", f"training_unit:{SMK_UNIT_ID}"),
    ),
    _smk_account(
        "smk_exam_centre",
        "SMK: Centrum Egzaminów Medycznych",
        ("8011020146", None),
        ("Wiśniewska", "Maria"),
        ("smk_exam_centre",),
    ),
    _smk_account(
        "smk_cmkp", "SMK: CMKP", ("7001250157", None), ("Wójcik", "Tomasz"), ("smk_cmkp",)
    ),
    _smk_account(
        "smk_voivodeship_office",
        "SMK: urząd wojewódzki (mazowieckie)",
        ("6809140168", None),
        ("Zielińska", "Katarzyna"),
        ("smk_voivodeship_office",),
        ("smk_voivodeship_office", f"voivodeship:{SMK_UNIT_VOIVODESHIP}"),
    ),
)
