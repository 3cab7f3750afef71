from datetime import date

from plan_svc.domain.credits import CreditKind
from plan_svc.domain.rule_sets import KindGroup
from plan_svc.domain.suggestions import Candidate, SuggestionContext, rank

TODAY = date(2025, 1, 10)


def candidate(element_id: str, kind: CreditKind = CreditKind.PROGRAM, **kw) -> Candidate:  # type: ignore[no-untyped-def]
    base = {
        "provider_id": "p-other",
        "region_code": "16",
        "distance": False,
        "starts_on": date(2025, 3, 1),
        "rating": 4.0,
        "free_seats": 5,
    }
    return Candidate(element_id=element_id, kind=kind, **{**base, **kw})


def context(**kw) -> SuggestionContext:  # type: ignore[no-untyped-def]
    base = {
        "missing": {KindGroup.PROGRAM: 144, KindGroup.EVENT_AND_MODULE: 56},
        "person_region": "16",
        "preferred_providers": frozenset({"p-mine"}),
        "excluded_elements": frozenset(),
        "today": TODAY,
    }
    return SuggestionContext(**{**base, **kw})


def ids(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.candidate.element_id for s in found]


def test_only_kinds_still_missing_are_suggested() -> None:
    found = rank(
        [
            candidate("prog"),
            candidate("event", CreditKind.EVENT),
            candidate("mod", CreditKind.MODULE, starts_on=None),
        ],
        context(missing={KindGroup.PROGRAM: 0, KindGroup.EVENT_AND_MODULE: 14}),
    )
    assert sorted(ids(found)) == ["event", "mod"]
    assert (
        rank(
            [candidate("prog")],
            context(missing={KindGroup.PROGRAM: 0, KindGroup.EVENT_AND_MODULE: 0}),
        )
        == []
    )


def test_full_started_planned_and_far_away_elements_are_left_out() -> None:
    found = rank(
        [
            candidate("full", free_seats=0),
            candidate("started", starts_on=date(2025, 1, 9)),
            candidate("planned"),
            candidate("moscow", region_code="77"),
            candidate("moscow-online", region_code="77", distance=True),
            candidate("ok"),
        ],
        context(excluded_elements=frozenset({"planned"})),
    )
    assert sorted(ids(found)) == ["moscow-online", "ok"]


def test_a_provider_chosen_before_comes_first_then_the_own_region() -> None:
    found = rank(
        [
            candidate("online", region_code="77", distance=True),
            candidate("region"),
            candidate("mine", provider_id="p-mine", region_code="77", distance=True),
        ],
        context(),
    )
    assert ids(found) == ["mine", "region", "online"]
    assert "Вы уже учились у этой организации" in found[0].reasons


def test_sooner_and_better_rated_rank_higher_and_the_limit_holds() -> None:
    found = rank(
        [
            candidate("late", starts_on=date(2025, 9, 1)),
            candidate("soon", starts_on=date(2025, 1, 20)),
            candidate("soon-top", starts_on=date(2025, 1, 20), rating=5.0),
        ],
        context(),
        limit=2,
    )
    assert ids(found) == ["soon-top", "soon"]


def test_the_group_with_more_missing_weighs_more() -> None:
    found = rank(
        [candidate("prog"), candidate("event", CreditKind.EVENT)],
        context(missing={KindGroup.PROGRAM: 10, KindGroup.EVENT_AND_MODULE: 60}),
    )
    assert ids(found) == ["event", "prog"]
