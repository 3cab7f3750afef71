from datetime import date

from plan_svc.domain.cycle import DocumentKind, default_rule_set
from plan_svc.domain.rule_sets import NMO_250, NMO_709N_144, RULE_SETS, KindGroup


def test_the_registry_holds_both_rule_sets_by_code() -> None:
    assert RULE_SETS == {"nmo-250": NMO_250, "nmo-709n-144": NMO_709N_144}


def test_nmo_250_targets_250_zet_over_five_years() -> None:
    assert NMO_250.cycle_years == 5
    assert NMO_250.target_zet == 250
    assert NMO_250.program_min_zet == 0
    assert NMO_250.cap(KindGroup.EVENT_AND_MODULE) is None


def test_nmo_250_recommends_50_a_year_36_from_programs_and_14_from_events_and_modules() -> None:
    assert NMO_250.yearly is not None
    assert NMO_250.yearly.program_zet == 36
    assert NMO_250.yearly.event_and_module_zet == 14
    assert NMO_250.yearly.total_zet == 50


def test_nmo_250_recommendation_adds_up_to_180_plus_70_over_the_cycle() -> None:
    assert NMO_250.recommended_program_zet == 180
    assert NMO_250.recommended_event_and_module_zet == 70
    assert NMO_250.recommended(KindGroup.PROGRAM) == 180
    assert NMO_250.recommended(KindGroup.EVENT_AND_MODULE) == 70
    assert NMO_250.recommended_program_zet + NMO_250.recommended_event_and_module_zet == 250


def test_the_709n_transitional_rule_set_is_144_with_72_from_programs_and_at_most_72_else() -> None:
    assert NMO_709N_144.target_zet == 144
    assert NMO_709N_144.cycle_years == 5
    assert NMO_709N_144.yearly is None
    assert NMO_709N_144.program_min_zet == 72
    assert NMO_709N_144.cap(KindGroup.EVENT_AND_MODULE) == 72
    assert NMO_709N_144.cap(KindGroup.PROGRAM) is None
    assert NMO_709N_144.recommended(KindGroup.PROGRAM) == 72


def test_rule_sets_are_versioned() -> None:
    assert (NMO_250.version, NMO_709N_144.version) == (1, 1)
    assert NMO_709N_144.effective_from == date(2022, 3, 1)


def test_periodic_accreditation_pins_709n_and_every_other_document_nmo_250() -> None:
    assert default_rule_set(DocumentKind.ACCREDITATION_PERIODIC) is NMO_709N_144
    for kind in (
        DocumentKind.CERTIFICATE,
        DocumentKind.ACCREDITATION_PRIMARY,
        DocumentKind.ACCREDITATION_PRIMARY_SPECIALISED,
    ):
        assert default_rule_set(kind) is NMO_250
