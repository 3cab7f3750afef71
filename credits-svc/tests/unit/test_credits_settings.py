"""Settings that encode a rule are refused at start-up when they break it."""

import pytest
from pydantic import ValidationError

from credits_svc.settings import MAX_CODE_AUTO_ACCEPT_SECONDS, CreditsSettings


def test_the_code_verification_delay_is_at_most_a_day() -> None:
    assert CreditsSettings(code_auto_accept_seconds=24 * 3600).code_auto_accept_seconds == 86400
    with pytest.raises(ValidationError, match="within a day"):
        CreditsSettings(code_auto_accept_seconds=MAX_CODE_AUTO_ACCEPT_SECONDS + 1)


def test_the_delay_is_read_from_the_environment_and_checked_there_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CREDITS_CODE_AUTO_ACCEPT_SECONDS", str(48 * 3600))
    with pytest.raises(ValidationError, match="CREDITS_CODE_AUTO_ACCEPT_SECONDS"):
        CreditsSettings()
    monkeypatch.setenv("CREDITS_CODE_AUTO_ACCEPT_SECONDS", "-1")
    with pytest.raises(ValidationError):
        CreditsSettings()
