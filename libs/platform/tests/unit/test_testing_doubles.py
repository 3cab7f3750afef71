"""The in-memory unit of work, the fixed clock and wait_until behave as their SQL/real twins."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from cpd_platform.testing import FixedClock, InMemoryUnitOfWork, wait_until


class _Notes:
    def __init__(self) -> None:
        self.items: dict[str, str] = {}


class _NotesUnitOfWork(InMemoryUnitOfWork):
    def __init__(self) -> None:
        super().__init__()
        self.notes = _Notes()


async def test_a_committed_unit_keeps_its_changes_and_publishes_its_events() -> None:
    uow = _NotesUnitOfWork()
    async with uow:
        uow.notes.items["a"] = "1"
        await uow.emit("note.added", {"id": "a"})
        await uow.commit()
    assert uow.notes.items == {"a": "1"}
    assert [e.event_type for e in uow.events] == ["note.added"]
    assert uow.commits == 1


async def test_leaving_without_commit_rolls_back_changes_and_events() -> None:
    uow = _NotesUnitOfWork()
    async with uow:
        uow.notes.items["a"] = "1"
        await uow.commit()
    with pytest.raises(RuntimeError):
        async with uow:
            uow.notes.items["b"] = "2"
            uow.notes.items["a"] = "changed"
            await uow.emit("note.added", {"id": "b"})
            raise RuntimeError("use case failed")
    assert uow.notes.items == {"a": "1"}
    assert uow.events == []


def test_a_fixed_clock_moves_only_when_told() -> None:
    clock = FixedClock(datetime(2026, 12, 31, 23, 0))
    assert clock.today() == date(2026, 12, 31)
    assert clock.now().tzinfo is UTC
    clock.advance(timedelta(hours=2))
    assert clock.today() == date(2027, 1, 1)


async def test_wait_until_returns_the_first_truthy_value_and_fails_on_timeout() -> None:
    calls = iter([None, 0, "ready"])
    assert await wait_until(lambda: next(calls), interval=0) == "ready"

    async def never() -> None:
        return None

    with pytest.raises(AssertionError, match="the outbox to drain"):
        await wait_until(never, seconds=0.05, what="the outbox to drain")
