import base64
from datetime import UTC, date, datetime, timedelta

import pytest

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from pk_regional_svc.adapters.passport_cipher import (
    DEV_KEY_ID,
    PassportCipher,
    PassportKeyError,
    Sealed,
)
from pk_regional_svc.domain.application import (
    Passport,
    check_hours,
    mask_passport,
    normalise_phone,
    parse_passport,
)
from pk_regional_svc.domain.campaign import MOSCOW, Window, WindowKind, parse_instant

TODAY = date(2025, 12, 10)


@pytest.mark.parametrize("hours", [[72], [36, 36], [24, 24, 24], [36, 18, 18]])
def test_groups_adding_up_to_the_requirement_are_accepted(hours: list[int]) -> None:
    assert check_hours(hours, 72) == 72


@pytest.mark.parametrize("hours", [[36], [36, 36, 36], [36, 35], [70, 1, 0]])
def test_groups_not_adding_up_are_refused(hours: list[int]) -> None:
    with pytest.raises(InvalidArgument) as caught:
        check_hours(hours, 72)
    assert caught.value.code == "hours_mismatch"
    assert "должна быть равна 72" in caught.value.message


def test_no_groups_is_refused() -> None:
    with pytest.raises(InvalidArgument) as caught:
        check_hours([], 72)
    assert caught.value.code == "no_groups"


def test_passport_is_masked_for_operators() -> None:
    assert mask_passport("9205", "123456") == "92 ** ****56"


def test_passport_is_validated_and_never_printed() -> None:
    passport = parse_passport("92 05", "123456", "МВД по РТ", "2015-04-01", today=TODAY)
    assert passport.series == "9205"
    assert "9205" not in repr(passport) and "123456" not in str(passport)
    for args, code in [
        (("920", "123456", "МВД", "2015-04-01"), "invalid_passport_series"),
        (("9205", "12345", "МВД", "2015-04-01"), "invalid_passport_number"),
        (("9205", "123456", "", "2015-04-01"), "invalid_passport_issuer"),
        (("9205", "123456", "МВД", "01.04.2015"), "invalid_passport_issue_date"),
        (("9205", "123456", "МВД", "2999-01-01"), "invalid_passport_issue_date"),
        (("9205", "123456", "МВД", "2025-12-11"), "invalid_passport_issue_date"),  # tomorrow
    ]:
        with pytest.raises(InvalidArgument) as caught:
            parse_passport(*args, today=TODAY)
        assert caught.value.code == code


def test_phone_is_normalised() -> None:
    assert normalise_phone("+7 (900) 123-45-67") == "+79001234567"
    with pytest.raises(InvalidArgument):
        normalise_phone("12")


PASSPORT = Passport("9205", "123456", "МВД по Республике Татарстан", date(2015, 4, 1))
KEY_A = base64.b64encode(b"a" * 32).decode()
KEY_B = base64.b64encode(b"b" * 32).decode()


def test_encryption_round_trip_with_the_key_id_and_no_plaintext() -> None:
    cipher = PassportCipher.from_settings(
        key=KEY_A, key_id="2025-a", old_keys="", environment="prod"
    )
    sealed = cipher.seal(PASSPORT, "row-1")
    assert sealed.key_id == "2025-a"
    assert b"123456" not in sealed.blob and "Татарстан".encode() not in sealed.blob
    assert cipher.open(sealed, "row-1") == PASSPORT
    assert cipher.seal(PASSPORT, "row-1").blob != sealed.blob  # a fresh nonce each time


def test_a_ciphertext_moved_to_another_row_does_not_open() -> None:
    cipher = PassportCipher.from_settings(key=KEY_A, key_id="a", old_keys="", environment="prod")
    with pytest.raises(PassportKeyError):
        cipher.open(cipher.seal(PASSPORT, "row-1"), "row-2")


def test_rotation_reads_old_data_and_writes_with_the_new_key() -> None:
    old = PassportCipher.from_settings(key=KEY_A, key_id="a", old_keys="", environment="prod")
    sealed = old.seal(PASSPORT, "r")
    new = PassportCipher.from_settings(
        key=KEY_B, key_id="b", old_keys=f"a:{KEY_A}", environment="prod"
    )
    assert new.open(sealed, "r") == PASSPORT
    assert new.seal(PASSPORT, "r").key_id == "b"
    with pytest.raises(PassportKeyError):
        PassportCipher.from_settings(key=KEY_B, key_id="b", old_keys="", environment="prod").open(
            sealed, "r"
        )


def test_the_dev_key_is_refused_outside_dev() -> None:
    assert (
        PassportCipher.from_settings(
            key="", key_id="", old_keys="", environment="dev"
        ).current_key_id
        == DEV_KEY_ID
    )
    with pytest.raises(PassportKeyError):
        PassportCipher.from_settings(key="", key_id="k", old_keys="", environment="prod")
    with pytest.raises(PassportKeyError):
        PassportCipher.from_settings(
            key=base64.b64encode(b"short").decode(), key_id="k", old_keys="", environment="prod"
        )


def test_sealed_can_be_rebuilt_from_columns() -> None:
    cipher = PassportCipher.from_settings(key=KEY_A, key_id="a", old_keys="", environment="prod")
    sealed = cipher.seal(PASSPORT, "r")
    assert cipher.open(Sealed(sealed.key_id, bytes(sealed.blob)), "r") == PASSPORT


def test_windows_are_open_between_their_bounds_in_moscow_time() -> None:
    opens = parse_instant("2025-12-07T00:00:00", "opens")
    assert opens.tzinfo is MOSCOW
    window = Window(WindowKind.APPLICATIONS, opens, parse_instant("2025-12-26T00:00:00", "c"))
    assert window.is_open(opens)
    assert not window.is_open(opens - timedelta(seconds=1))
    utc_close = datetime(2025, 12, 25, 21, 0, tzinfo=UTC)  # 26.12 00:00 МСК
    assert not window.is_open(utc_close)
    assert window.is_open(utc_close - timedelta(seconds=1))


def test_a_closed_window_says_so_in_russian_with_a_stable_code() -> None:
    window = Window(
        WindowKind.QUESTIONNAIRE,
        parse_instant("2025-09-07T00:00:00+03:00", "o"),
        parse_instant("2025-09-26T00:00:00+03:00", "c"),
    )
    with pytest.raises(FailedPrecondition) as late:
        window.require_open(datetime(2025, 10, 1, tzinfo=MOSCOW))
    assert late.value.code == "questionnaire_window_closed"
    assert late.value.message == (
        "Анкетирование закрыто: период с 07.09.2025 00:00 до 26.09.2025 00:00 (МСК)"
    )
    with pytest.raises(FailedPrecondition) as early:
        window.require_open(datetime(2025, 9, 1, tzinfo=MOSCOW))
    assert "ещё не открыто" in early.value.message


def test_a_window_must_end_after_it_starts() -> None:
    with pytest.raises(InvalidArgument):
        Window(
            WindowKind.APPLICATIONS,
            parse_instant("2025-12-07T00:00", "o"),
            parse_instant("2025-12-07T00:00", "c"),
        )
