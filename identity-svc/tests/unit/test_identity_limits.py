"""Every free-text field of identity-svc's requests has a documented limit; longer is refused."""

import pytest

from cpd_platform.errors import InvalidArgument
from identity_svc.domain.limits import TEXT_LIMITS, check_lengths


@pytest.mark.parametrize("field", sorted(TEXT_LIMITS))
def test_a_value_at_the_limit_passes_and_one_character_more_is_refused(field: str) -> None:
    limit, label = TEXT_LIMITS[field]
    check_lengths({field: "я" * limit})
    with pytest.raises(InvalidArgument) as refused:
        check_lengths({field: "я" * (limit + 1)})
    assert refused.value.code == "text_too_long"
    assert label in refused.value.message and str(limit) in refused.value.message


def test_absent_values_are_not_checked() -> None:
    check_lengths({"patronymic": None})
