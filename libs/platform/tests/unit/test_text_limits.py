import pytest

from cpd_platform.errors import InvalidArgument
from cpd_platform.text_limits import TEXT_TOO_LONG, TextLimits

LIMITS = TextLimits({"note": (5, "примечание")})


def test_text_at_its_limit_is_kept_whole_and_trimmed() -> None:
    assert LIMITS.checked("note", "  12345 ") == "12345"
    LIMITS.check({"note": "12345"})


@pytest.mark.parametrize(
    "check", [lambda: LIMITS.checked("note", "123456"), lambda: LIMITS.check({"note": "123456"})]
)
def test_longer_text_is_refused_naming_the_field_and_limit(check) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidArgument) as caught:
        check()
    assert caught.value.code == TEXT_TOO_LONG
    assert caught.value.message == "Поле «примечание»: не длиннее 5 символов"
