"""Educational elements: ДПП ПК programs (with cycles), events (ОМ) and interactive modules (ИОМ).

Lifecycle: draft → published → withdrawn. Only published elements are found by search and take
reservations; withdrawn elements stay readable because plans and credits refer to them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from catalog_svc.domain.reference import (
    CYCLE_BASES,
    Audience,
    EventFormat,
    FormOfStudy,
    FundingBasis,
    ModuleKind,
)
from cpd_platform.errors import FailedPrecondition, InvalidArgument
from cpd_platform.regions import is_region_code

MAX_TITLE = 500
MAX_TEXT = 5000
MAX_ZET = 1000
MAX_ADDITIONAL = 50
MAX_CYCLES = 100
MAX_SEATS = 100_000


class ElementKind(StrEnum):
    PROGRAM = "program"
    EVENT = "event"
    MODULE = "module"


class ElementStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    # Withdrawn elements stay readable: plans and credits keep referring to them.
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class SeatCount:
    basis: FundingBasis
    total: int
    free: int
    price_kopecks: int = 0

    @property
    def taken(self) -> int:
        return self.total - self.free


@dataclass(frozen=True, slots=True)
class ProgramCycle:
    id: str
    element_id: str
    starts_on: date
    ends_on: date
    seats: tuple[SeatCount, ...] = ()
    place: str = ""
    curator: str = ""
    department: str = ""
    external_id: str | None = None

    def validate(self) -> None:
        if self.starts_on > self.ends_on:
            raise InvalidArgument("inverted_dates", "Дата начала цикла позже даты его окончания")
        bases = [s.basis for s in self.seats]
        if len(set(bases)) != len(bases):
            raise InvalidArgument(
                "duplicate_funding_basis", "Места по одному источнику финансирования указаны дважды"
            )
        for seat in self.seats:
            if seat.basis not in CYCLE_BASES:
                raise InvalidArgument(
                    "invalid_funding_basis",
                    "Места цикла: бюджет, договор или средства ТФОМС (ФФОМС)",
                )
            if not 0 <= seat.total <= MAX_SEATS or seat.price_kopecks < 0:
                raise InvalidArgument(
                    "invalid_seats", "Число мест и цена не могут быть отрицательными"
                )
        for text, limit in ((self.place, 500), (self.curator, 300), (self.department, 300)):
            if len(text) > limit:
                raise InvalidArgument("text_too_long", "Слишком длинный текст в описании цикла")


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    kind: ElementKind
    title: str
    provider_id: str
    zet: int
    main_specialty_code: str | None
    additional_specialty_codes: tuple[str, ...]
    starts_on: date | None
    ends_on: date | None
    status: ElementStatus
    region_code: str = "16"
    audience: Audience = Audience.MEDICAL
    annotation: str = ""
    form_of_study: FormOfStudy | None = None
    distance_learning: bool = False
    # The aggregate of people's ratings (domain/feedback.py): read only, never written with the
    # element.
    rating: float = 0.0
    rating_count: int = 0
    free: bool = False
    price_kopecks: int = 0
    event_format: EventFormat | None = None
    attendance_control: str = ""
    confirmation_requirements: str = ""
    module_kind: ModuleKind | None = None
    subject_codes: tuple[str, ...] = ()
    external_id: str | None = None
    cycles: tuple[ProgramCycle, ...] = ()
    # Free events: their tickets.
    tickets: SeatCount | None = None
    provider_name: str = ""

    def is_eligible_for(self, specialty_code: str) -> bool:
        """An element counts for a cycle whose specialty is its main or an additional one."""
        return (
            specialty_code == self.main_specialty_code
            or specialty_code in self.additional_specialty_codes
        )

    @property
    def specialty_codes(self) -> tuple[str, ...]:
        main = (self.main_specialty_code,) if self.main_specialty_code else ()
        return main + tuple(
            c for c in self.additional_specialty_codes if c != self.main_specialty_code
        )

    def validate(self) -> None:
        """The rules every saved element obeys (whatever its status)."""
        if not self.title.strip() or len(self.title) > MAX_TITLE:
            raise InvalidArgument("invalid_title", "Название обязательно, не длиннее 500 символов")
        for text in (self.annotation, self.attendance_control, self.confirmation_requirements):
            if len(text) > MAX_TEXT:
                raise InvalidArgument("text_too_long", "Текст не длиннее 5000 символов")
        if not 0 <= self.zet <= MAX_ZET:
            raise InvalidArgument("invalid_zet", "ЗЕТ: целое число от 0 до 1000")
        if self.zet == 0 and self.kind is not ElementKind.MODULE:
            raise InvalidArgument("invalid_zet", "Программа и мероприятие дают не менее 1 ЗЕТ")
        if not is_region_code(self.region_code):
            raise InvalidArgument(
                "unknown_region", f"Неизвестный код региона: {self.region_code!r}"
            )
        if self.starts_on and self.ends_on and self.starts_on > self.ends_on:
            raise InvalidArgument("inverted_dates", "Дата начала позже даты окончания")
        if self.price_kopecks < 0:
            raise InvalidArgument("invalid_price", "Цена не может быть отрицательной")
        if len(self.additional_specialty_codes) > MAX_ADDITIONAL:
            raise InvalidArgument(
                "too_many_specialties", "Не более 50 дополнительных специальностей"
            )
        self._validate_audience()
        self._validate_kind()

    def _validate_audience(self) -> None:
        if self.audience is Audience.MEDICAL:
            if not self.main_specialty_code:
                raise InvalidArgument("main_specialty_required", "Укажите основную специальность")
            if self.subject_codes:
                raise InvalidArgument(
                    "subjects_for_teachers_only", "Предметы указываются только для педагогов"
                )
        else:
            if self.kind is not ElementKind.PROGRAM:
                raise InvalidArgument(
                    "teachers_programs_only", "Для педагогов публикуются только программы"
                )
            if self.main_specialty_code or self.additional_specialty_codes:
                raise InvalidArgument(
                    "specialties_for_medical_only",
                    "Медицинские специальности не указываются для программ педагогов",
                )

    def _validate_kind(self) -> None:
        if self.kind is ElementKind.PROGRAM:
            if self.form_of_study is None:
                raise InvalidArgument("form_of_study_required", "Укажите форму обучения")
            if len(self.cycles) > MAX_CYCLES:
                raise InvalidArgument("too_many_cycles", "Не более 100 циклов у программы")
            for cycle in self.cycles:
                cycle.validate()
        elif self.kind is ElementKind.EVENT:
            if self.event_format is None:
                raise InvalidArgument("event_format_required", "Укажите формат мероприятия")
            if self.starts_on is None or self.ends_on is None:
                raise InvalidArgument("event_dates_required", "Укажите даты мероприятия")
        else:
            if self.module_kind is None:
                raise InvalidArgument("module_kind_required", "Укажите вид модуля")
        if self.kind is not ElementKind.PROGRAM and self.cycles:
            raise InvalidArgument("cycles_for_programs_only", "Циклы бывают только у программ")
        if self.free and self.price_kopecks:
            raise InvalidArgument("free_with_price", "У бесплатного элемента нет цены")
        if self.tickets is not None:
            if self.kind is not ElementKind.EVENT or not self.free:
                raise InvalidArgument(
                    "tickets_for_free_events_only", "Билеты бывают только у бесплатных мероприятий"
                )
            if not 0 <= self.tickets.total <= MAX_SEATS:
                raise InvalidArgument("invalid_seats", "Неверное число билетов")

    def publish(self) -> Element:
        if self.status is ElementStatus.PUBLISHED:
            return self
        if self.status is ElementStatus.WITHDRAWN:
            raise FailedPrecondition(
                "element_withdrawn", "Снятый с публикации элемент нельзя опубликовать снова"
            )
        if self.kind is ElementKind.EVENT and self.free and self.tickets is None:
            raise FailedPrecondition(
                "tickets_required", "Для бесплатного мероприятия укажите число мест"
            )
        if not self.free and self.kind is not ElementKind.PROGRAM and self.price_kopecks == 0:
            raise FailedPrecondition(
                "price_required", "Укажите цену платного элемента или отметьте его бесплатным"
            )
        return dataclasses.replace(self, status=ElementStatus.PUBLISHED)

    def withdraw(self) -> Element:
        if self.status is ElementStatus.WITHDRAWN:
            return self
        if self.status is ElementStatus.DRAFT:
            raise FailedPrecondition(
                "element_not_published", "Черновик не опубликован: снимать с публикации нечего"
            )
        return dataclasses.replace(self, status=ElementStatus.WITHDRAWN)

    def ensure_editable(self) -> None:
        if self.status is ElementStatus.WITHDRAWN:
            raise FailedPrecondition(
                "element_withdrawn", "Снятый с публикации элемент не редактируется"
            )

    def with_dates_of_cycles(self) -> Element:
        """A program's dates span its cycles (search and sorting use them)."""
        if self.kind is not ElementKind.PROGRAM:
            return self
        if not self.cycles:
            return dataclasses.replace(self, starts_on=None, ends_on=None)
        return dataclasses.replace(
            self,
            starts_on=min(c.starts_on for c in self.cycles),
            ends_on=max(c.ends_on for c in self.cycles),
        )
