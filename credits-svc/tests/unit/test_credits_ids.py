import time
import uuid

from credits_svc.domain.ids import time_ordered_uuid, time_ordered_uuids


def test_ids_are_version_7_uuids_with_the_current_millisecond() -> None:
    before = time.time_ns() // 1_000_000
    ids = time_ordered_uuids(1000)
    after = time.time_ns() // 1_000_000
    assert len(set(ids)) == 1000
    for text in ids:
        value = uuid.UUID(text)
        assert str(value) == text
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert before <= value.int >> 80 <= after


def test_ids_grow_with_time_and_vary_in_their_random_bits() -> None:
    first = time_ordered_uuid()
    time.sleep(0.002)
    later = time_ordered_uuids(500)
    assert all(first < text for text in later)
    assert len({uuid.UUID(t).int & ((1 << 62) - 1) for t in later}) == 500
    assert len({t[15:18] for t in later}) > 1  # the 12 random bits after the version
    assert {t[19] for t in later} == set("89ab")


def test_no_ids_for_an_empty_batch() -> None:
    assert time_ordered_uuids(0) == []
