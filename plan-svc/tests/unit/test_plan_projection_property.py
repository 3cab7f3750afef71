"""The incremental projection (at-least-once delivery: duplicates, any order) equals a rebuild
from the ledger, and so does the progress computed from it."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.domain.cycle import DocumentKind, open_cycle
from plan_svc.domain.progress import compute_progress
from plan_svc.domain.projection import CreditProjection
from plan_svc.domain.rule_sets import NMO_250, NMO_709N_144

PERSONS = ["00000000-0000-4000-8000-00000000000" + str(i) for i in range(1, 3)]
SPECIALTIES = ["31.08.36", "31.08.49", "31.08.54"]

Entry = tuple[str, RecordedCredit]


@st.composite
def ledgers(draw: st.DrawFn) -> list[Entry]:
    """A ledger as credits-svc writes it: postings, and voids of earlier postings
    (a correction is a void plus a new posting)."""
    entries: list[Entry] = []
    posted: list[RecordedCredit] = []
    for n in range(draw(st.integers(0, 30))):
        if posted and draw(st.booleans()) and draw(st.booleans()):
            victim = draw(st.sampled_from(posted))
            entries.append(("voided", victim))
            continue
        main = draw(st.sampled_from(SPECIALTIES))
        credit = RecordedCredit(
            credit_id=f"00000000-0000-4000-9000-{n:012d}",
            person_id=draw(st.sampled_from(PERSONS)),
            element_id=f"e{draw(st.integers(0, 5))}",
            kind=draw(st.sampled_from(list(CreditKind))),
            main_specialty_code=main,
            additional_specialty_codes=tuple(
                draw(
                    st.lists(
                        st.sampled_from([s for s in SPECIALTIES if s != main]),
                        max_size=2,
                        unique=True,
                    )
                )
            ),
            zet=draw(st.integers(0, 72)),
            completed_on=date(2023, 1, 1) + timedelta(days=draw(st.integers(0, 365 * 7))),
        )
        posted.append(credit)
        entries.append(("recorded", credit))
    return entries


def apply(projection: CreditProjection, entry: Entry) -> None:
    kind, credit = entry
    if kind == "recorded":
        projection.record(credit)
    else:
        projection.void(credit.credit_id, credit.person_id)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), ledger=ledgers())
def test_incremental_projection_equals_a_rebuild_from_the_ledger(
    data: st.DataObject, ledger: list[Entry]
) -> None:
    rebuilt = CreditProjection()
    for entry in ledger:
        apply(rebuilt, entry)

    # Delivery: every event at least once, some twice, in an order the streams allow
    # (recorded and voided are separate streams, so a void may overtake its record).
    deliveries = ledger + data.draw(
        st.lists(st.sampled_from(ledger), max_size=10) if ledger else st.just([])
    )
    order = data.draw(st.permutations(deliveries))
    incremental = CreditProjection()
    for entry in order:
        apply(incremental, entry)
    # A rebuild in the middle (the ledger read at that point), then the rest delivered again.
    cut = data.draw(st.integers(0, len(order)))
    mixed = CreditProjection()
    for entry in ledger:
        apply(mixed, entry)
    for entry in order[cut:]:
        apply(mixed, entry)

    assert incremental.credits == rebuilt.credits
    assert mixed.credits == rebuilt.credits

    cycles = [
        open_cycle(
            cycle_id=f"c-{person[-1]}-{specialty}",
            person_id=person,
            specialty_code=specialty,
            document_kind=DocumentKind.CERTIFICATE,
            document_date=date(2024, 3, 15),
            rule_set=NMO_709N_144 if specialty == "31.08.54" else NMO_250,
        )
        for person in PERSONS
        for specialty in SPECIALTIES
    ]
    for cycle in cycles:
        rule_set = NMO_709N_144 if cycle.specialty_code == "31.08.54" else NMO_250
        own = [c for c in cycles if c.person_id == cycle.person_id]
        assert compute_progress(
            cycle, rule_set, incremental.of_person(cycle.person_id), own, date(2026, 1, 1)
        ) == compute_progress(
            cycle, rule_set, rebuilt.of_person(cycle.person_id), own, date(2026, 1, 1)
        )


def test_a_void_that_overtakes_its_record_still_voids_it() -> None:
    credit = RecordedCredit(
        "00000000-0000-4000-9000-000000000001",
        PERSONS[0],
        "e1",
        CreditKind.EVENT,
        "31.08.36",
        (),
        5,
        date(2025, 1, 1),
    )
    projection = CreditProjection()
    projection.void(credit.credit_id, credit.person_id)
    projection.record(credit)
    (only,) = projection.of_person(PERSONS[0])
    assert only.voided and only.facts == credit
