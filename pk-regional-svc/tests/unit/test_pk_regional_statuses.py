import itertools

import pytest

from cpd_platform.errors import FailedPrecondition
from pk_regional_svc.domain.allocation import Reason
from pk_regional_svc.domain.numbers import (
    NumberStatus,
    RefusalReason,
    allowed,
    pool_message,
    transition,
)

S = NumberStatus
ALLOWED = {
    (S.EXPECTED, S.ASSIGNED),
    (S.EXPECTED, S.REFUSED),
    (S.ASSIGNED, S.APPLICATION_DRAFT),
    (S.ASSIGNED, S.REFUSED),
    (S.APPLICATION_DRAFT, S.APPLICATION_DRAFT),
    (S.APPLICATION_DRAFT, S.APPLICATION_SUBMITTED),
    (S.APPLICATION_DRAFT, S.REFUSED),
    (S.APPLICATION_SUBMITTED, S.APPLICATION_DRAFT),
    (S.APPLICATION_SUBMITTED, S.REFUSED),
    (S.APPLICATION_SUBMITTED, S.COMPLETED),
}


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_transitions(current: NumberStatus, target: NumberStatus) -> None:
    assert transition(current, target) is target


REFUSED_PAIRS = sorted(set(itertools.product(S, S)) - ALLOWED)


@pytest.mark.parametrize(("current", "target"), REFUSED_PAIRS)
def test_every_other_transition_is_refused_with_a_russian_message(
    current: NumberStatus, target: NumberStatus
) -> None:
    assert not allowed(current, target)
    with pytest.raises(FailedPrecondition) as caught:
        transition(current, target)
    assert caught.value.code == "invalid_status_transition"
    assert current.text in caught.value.message


def test_refused_and_completed_are_final() -> None:
    for final in (S.REFUSED, S.COMPLETED):
        assert not any(allowed(final, t) for t in S)


def test_labels_are_the_ones_people_know() -> None:
    assert S.APPLICATION_SUBMITTED.text == "заявление: подано"
    assert S.COMPLETED.text == "обучение завершено"
    assert RefusalReason.OFF_BUDGET_CHOSEN.text == "выбрано внебюджетное обучение"
    assert all(e.text for labelled in (S, RefusalReason, Reason) for e in labelled)
    assert pool_message(3) == "Свободных номеров, закреплённых за организацией: 3"
