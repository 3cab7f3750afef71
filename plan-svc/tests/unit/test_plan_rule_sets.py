from plan_svc.domain.rule_sets import NMO_250, NMO_709N_144, RULE_SETS


def test_the_registry_holds_both_rule_sets_by_code() -> None:
    assert RULE_SETS == {"nmo-250": NMO_250, "nmo-709n-144": NMO_709N_144}


def test_nmo_250_targets_250_zet_over_five_years() -> None:
    assert NMO_250.cycle_years == 5
    assert NMO_250.target_zet == 250


def test_nmo_250_recommends_50_a_year_36_from_programs_and_14_from_events_and_modules() -> None:
    assert NMO_250.yearly is not None
    assert NMO_250.yearly.program_zet == 36
    assert NMO_250.yearly.event_and_module_zet == 14
    assert NMO_250.yearly.total_zet == 50


def test_nmo_250_recommendation_adds_up_to_180_plus_70_over_the_cycle() -> None:
    assert NMO_250.recommended_program_zet == 180
    assert NMO_250.recommended_event_and_module_zet == 70
    assert NMO_250.recommended_program_zet + NMO_250.recommended_event_and_module_zet == 250


def test_the_709n_transitional_rule_set_targets_144_over_five_years() -> None:
    assert NMO_709N_144.target_zet == 144
    assert NMO_709N_144.cycle_years == 5
    assert NMO_709N_144.recommended_program_zet is None
