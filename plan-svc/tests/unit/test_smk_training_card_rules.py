"""The training part of rule set "smk-2023": what an entry may be, who decides it and how, the
progress per module, module completion, and exam (PES) sessions, windows and decisions."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date

import pytest
from smk_cards import BASIC, NOW, STARTED, card, draft

from cpd_platform.errors import DomainError, FailedPrecondition, InvalidArgument
from plan_svc.domain.training_card.card import (
    Entry,
    EntryKind,
    EntryStatus,
    check_entry,
    complete_module,
    confirmed_by_posting,
    progress,
    review,
    unconfirmed_by_void,
)
from plan_svc.domain.training_card.exam import (
    ExamApplication,
    ExamSession,
    ExamStatus,
    check_may_apply,
    check_window,
    decide,
    parse_session,
)
from plan_svc.domain.training_card.rules import SMK_2023_TRAINING, ExamSeason

TODAY = date(2026, 12, 1)
_ids = itertools.count()


def entry(d: object, status: EntryStatus = EntryStatus.CONFIRMED) -> Entry:
    return Entry(f"e{next(_ids)}", "card-1", d, status, NOW, f"k{next(_ids)}")  # type: ignore[arg-type]


def refused(d: object, c: object = None) -> tuple[str, str]:
    with pytest.raises(DomainError) as caught:
        check_entry(c or card(), d, TODAY)  # type: ignore[arg-type]
    return caught.value.code, caught.value.message


def test_every_kind_of_valid_entry_passes() -> None:
    for d in (
        draft(EntryKind.COURSE, "K-WPROWADZENIE", catalog_element_id="el-1"),
        draft(EntryKind.INTERNSHIP, "S-INTERNA", 4),
        draft(EntryKind.PROCEDURE, "P-EKG", patient_code="PAC-2026/17"),
        draft(EntryKind.DUTY, "", 24),
        draft(EntryKind.SELF_STUDY, "", 2),
        draft(
            EntryKind.PROCEDURE,
            "P-KORONAROGRAFIA",
            module_code="specjalistyczny",
            patient_code="X1",
        ),
    ):
        assert check_entry(card(), d, TODAY) == d


def test_the_element_must_be_of_the_module_and_of_the_entrys_kind() -> None:
    assert refused(draft(EntryKind.COURSE, "K-WPROWADZENIE", module_code="inny"))[1] == (
        "Moduł 'inny' nie należy do programu karty"
    )
    # P-KORONAROGRAFIA is in the specialised module, not the basic one.
    assert refused(draft(EntryKind.PROCEDURE, "P-KORONAROGRAFIA", patient_code="X"))[0] == (
        "smk_invalid_entry"
    )
    # A course code recorded as an internship.
    assert "nie jest w module" in refused(draft(EntryKind.INTERNSHIP, "K-WPROWADZENIE", 2))[1]
    assert "nie mają kodu" in refused(draft(EntryKind.DUTY, "P-EKG", 5))[1]


@pytest.mark.parametrize(
    ("kind", "code", "bad", "good"),
    [
        (EntryKind.INTERNSHIP, "S-INTERNA", (0, 53), (1, 52)),
        (EntryKind.DUTY, "", (0, 169), (1, 168)),
        (EntryKind.SELF_STUDY, "", (0, 31), (1, 30)),
        (EntryKind.COURSE, "K-WPROWADZENIE", (0, 2), (1, 1)),
    ],
)
def test_quantities_are_bounded(
    kind: EntryKind, code: str, bad: tuple[int, int], good: tuple[int, int]
) -> None:
    for quantity in bad:
        assert refused(draft(kind, code, quantity))[0] == "smk_invalid_entry"
    for quantity in good:
        check_entry(card(), draft(kind, code, quantity), TODAY)


def test_a_procedure_has_a_patient_code_and_nothing_else_has_one() -> None:
    for code in ("", "a b", "Ł1", "x" * 41, "-X"):
        assert "Kod pacjenta" in refused(draft(EntryKind.PROCEDURE, "P-EKG", patient_code=code))[1]
    check_entry(card(), draft(EntryKind.PROCEDURE, "P-EKG", patient_code="x" * 40), TODAY)
    assert "tylko przy procedurach" in refused(draft(EntryKind.DUTY, "", 5, patient_code="X"))[1]
    assert (
        "tylko przy kursach" in refused(draft(EntryKind.DUTY, "", 5, catalog_element_id="el-1"))[1]
    )


def test_dates_between_the_start_and_today() -> None:
    assert (
        "wcześniejsza" in refused(draft(EntryKind.DUTY, "", 5, performed_on=date(2026, 9, 30)))[1]
    )
    assert (
        "z przyszłości" in refused(draft(EntryKind.DUTY, "", 5, performed_on=date(2026, 12, 2)))[1]
    )
    for day in (STARTED, TODAY):
        check_entry(card(), draft(EntryKind.DUTY, "", 5, performed_on=day), TODAY)


def test_a_completed_module_takes_no_new_entries() -> None:
    done = complete_module(
        card(
            programme=dataclasses.replace(
                card().programme, modules=(dataclasses.replace(BASIC, requirements=()),)
            )
        ),
        [],
        "podstawowy",
        "sup",
        NOW,
    )
    assert refused(draft(EntryKind.DUTY, "", 5), done) == (
        "smk_module_closed",
        "Moduł podstawowy został już zaliczony: nowe wpisy są zamknięte",
    )


def test_review_confirms_or_returns_with_a_reason_once() -> None:
    submitted = entry(draft(EntryKind.DUTY, "", 5), EntryStatus.SUBMITTED)
    confirmed = review(submitted, True, "", "sup", NOW)
    assert (confirmed.status, confirmed.decided_by, confirmed.decided_at) == (
        EntryStatus.CONFIRMED,
        "sup",
        NOW,
    )
    assert review(confirmed, True, "", "other", NOW) is confirmed  # a retry
    with pytest.raises(FailedPrecondition) as caught:
        review(confirmed, False, "Błąd", "sup", NOW)
    assert caught.value.code == "smk_entry_decided"
    with pytest.raises(InvalidArgument) as caught_invalid:
        review(submitted, False, "  ", "sup", NOW)
    assert caught_invalid.value.code == "smk_reason_required"
    returned = review(submitted, False, " Brak podpisu ", "sup", NOW)
    assert (returned.status, returned.return_reason) == (EntryStatus.RETURNED, "Brak podpisu")


def test_a_posting_confirms_only_a_waiting_course_of_its_element_and_a_void_undoes_it() -> None:
    course = entry(
        draft(EntryKind.COURSE, "K-WPROWADZENIE", catalog_element_id="el-1"), EntryStatus.SUBMITTED
    )
    assert confirmed_by_posting(course, "el-2", "c1", NOW) is course
    posted = confirmed_by_posting(course, "el-1", "c1", NOW)
    assert (posted.status, posted.decided_by) == (EntryStatus.CONFIRMED, "posting:c1")
    returned = dataclasses.replace(course, status=EntryStatus.RETURNED)
    assert confirmed_by_posting(returned, "el-1", "c1", NOW) is returned
    assert unconfirmed_by_void(posted, "c2") is posted
    assert unconfirmed_by_void(posted, "c1").status == EntryStatus.SUBMITTED


def test_progress_counts_confirmed_entries_only_and_completion_needs_every_requirement() -> None:
    entries = [
        entry(draft(EntryKind.COURSE, "K-WPROWADZENIE")),
        entry(draft(EntryKind.INTERNSHIP, "S-INTERNA", 2)),
        entry(draft(EntryKind.INTERNSHIP, "S-INTERNA", 2)),
        entry(draft(EntryKind.PROCEDURE, "P-EKG", patient_code="A")),
        entry(draft(EntryKind.PROCEDURE, "P-EKG", patient_code="B")),
        entry(draft(EntryKind.PROCEDURE, "P-EKG", patient_code="C"), EntryStatus.SUBMITTED),
        entry(draft(EntryKind.PROCEDURE, "P-EKG", patient_code="D"), EntryStatus.RETURNED),
        entry(draft(EntryKind.DUTY, "", 24)),
        entry(draft(EntryKind.DUTY, "", 16)),
        entry(draft(EntryKind.SELF_STUDY, "", 2)),
    ]
    basic = progress(card(), entries)[0]
    assert [(r.requirement.kind.value, r.confirmed) for r in basic.requirements] == [
        ("course", 1),
        ("internship", 4),
        ("procedure_a", 2),
        ("duty", 40),
        ("self_study", 2),
    ]
    assert not basic.requirements_met
    with pytest.raises(FailedPrecondition) as caught:
        complete_module(card(), entries, "podstawowy", "sup", NOW)
    assert caught.value.code == "smk_module_incomplete"
    assert caught.value.message == "Moduł podstawowy nie jest zrealizowany: brakuje P-EKG (2/3)"

    entries.append(entry(draft(EntryKind.PROCEDURE, "P-EKG", patient_code="E")))
    done = complete_module(card(), entries, "podstawowy", "sup", NOW)
    assert done.completion("podstawowy") is not None and not done.complete
    assert complete_module(done, entries, "podstawowy", "x", NOW) is done  # a retry
    specialised = [
        entry(
            draft(
                EntryKind.PROCEDURE,
                "P-KORONAROGRAFIA",
                module_code="specjalistyczny",
                patient_code=c,
            )
        )
        for c in ("A", "B")
    ]
    full = complete_module(done, entries + specialised, "specjalistyczny", "sup", NOW)
    assert full.complete


def test_exam_sessions_and_their_windows_are_data() -> None:
    assert SMK_2023_TRAINING.rule_set == "smk-2023" and "art. 16r" in SMK_2023_TRAINING.exam_source
    assert parse_session("2027-spring") == ExamSession(2027, ExamSeason.SPRING)
    for bad in ("2027-summer", "27-spring", "2027spring", ""):
        with pytest.raises(InvalidArgument) as caught:
            parse_session(bad)
        assert caught.value.code == "smk_invalid_session"
    spring, autumn = ExamSession(2027, ExamSeason.SPRING), ExamSession(2027, ExamSeason.AUTUMN)
    # Spring 2027: applications 1 August – 31 December 2026; autumn 2027: 1 January – 31 July 2027.
    for session, opens, closes in (
        (spring, date(2026, 8, 1), date(2026, 12, 31)),
        (autumn, date(2027, 1, 1), date(2027, 7, 31)),
    ):
        check_window(session, opens)
        check_window(session, closes)
        for day in (
            date.fromordinal(opens.toordinal() - 1),
            date.fromordinal(closes.toordinal() + 1),
        ):
            with pytest.raises(FailedPrecondition) as closed:
                check_window(session, day)
            assert closed.value.code == "smk_exam_window_closed"
    with pytest.raises(FailedPrecondition) as closed:
        check_window(spring, date(2027, 1, 1))
    assert closed.value.message == (
        "Zgłoszenia do PES (sesja wiosenna 2027) przyjmowane są od 01.08.2026 do 31.12.2026"
    )


def application(status: ExamStatus = ExamStatus.SUBMITTED) -> ExamApplication:
    return ExamApplication(
        "a1",
        "card-1",
        "trainee-1",
        "kardiologia",
        ExamSession(2027, ExamSeason.SPRING),
        status,
        NOW,
        "k",
    )


def test_only_a_complete_card_without_an_active_application_applies() -> None:
    with pytest.raises(FailedPrecondition) as caught:
        check_may_apply(card(), [])
    assert caught.value.code == "smk_card_incomplete"
    empty = dataclasses.replace(
        card().programme, modules=(dataclasses.replace(BASIC, requirements=()),)
    )
    complete = complete_module(card(programme=empty), [], "podstawowy", "sup", NOW)
    check_may_apply(complete, [])
    with pytest.raises(FailedPrecondition) as caught:
        check_may_apply(complete, [application()])
    assert caught.value.code == "smk_exam_application_exists"
    assert not application(ExamStatus.RETURNED).active


def test_the_exam_centre_accepts_or_returns_with_a_reason_once() -> None:
    accepted = decide(application(), True, "", "cem", NOW)
    assert (accepted.status, accepted.decided_by) == (ExamStatus.ACCEPTED, "cem")
    assert decide(accepted, True, "", "cem2", NOW) is accepted
    with pytest.raises(FailedPrecondition) as caught:
        decide(accepted, False, "Brak opłaty", "cem", NOW)
    assert caught.value.code == "smk_exam_application_decided"
    with pytest.raises(InvalidArgument):
        decide(application(), False, "", "cem", NOW)
    returned = decide(application(), False, "Brak potwierdzenia wojewody", "cem", NOW)
    assert returned.return_reason == "Brak potwierdzenia wojewody"
