"""Seats: idempotent, atomic (all or none), never oversold, held by their own person."""

import asyncio
import uuid
from collections import Counter

import grpc
import pytest
from catalog_steps import create_element, refused

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.testing import bearer, grpc_error_code
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

BUDGET = catalog_pb2.FUNDING_BASIS_BUDGET
TICKET = catalog_pb2.FUNDING_BASIS_TICKET


async def published_program(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, provider_id: str, budget: int
) -> catalog_pb2.Element:
    return await create_element(
        stub,
        catalog_pb2.Element(
            kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
            title="Терапия: ведение пациентов с коморбидностью",
            provider_id=provider_id,
            zet=36,
            main_specialty_code="31.08.49",
            form_of_study="full_time",
            cycles=[
                catalog_pb2.ProgramCycle(
                    starts_on="2030-03-01",
                    ends_on="2030-03-28",
                    seats=[
                        catalog_pb2.SeatCount(basis=BUDGET, total=budget),
                        catalog_pb2.SeatCount(
                            basis=catalog_pb2.FUNDING_BASIS_CONTRACT,
                            total=5,
                            price_kopecks=2_000_000,
                        ),
                    ],
                )
            ],
        ),
        bearer(admin_token),
    )


async def free_event(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, provider_id: str, tickets: int
) -> catalog_pb2.Element:
    return await create_element(
        stub,
        catalog_pb2.Element(
            kind=catalog_pb2.ELEMENT_KIND_EVENT,
            title="Семинар по терапии",
            provider_id=provider_id,
            zet=4,
            main_specialty_code="31.08.49",
            starts_on="2030-04-01",
            ends_on="2030-04-01",
            event_format="online",
            free=True,
            tickets_total=tickets,
        ),
        bearer(admin_token),
    )


def budget_free(element: catalog_pb2.Element) -> int:
    [cycle] = element.cycles
    return next(s.free for s in cycle.seats if s.basis == BUDGET)


async def reload(
    stub: catalog_pb2_grpc.CatalogServiceStub, token: str, element_id: str
) -> catalog_pb2.Element:
    reply = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[element_id]), metadata=bearer(token)
    )
    return reply.elements[0]


async def test_500_concurrent_reservations_with_retries_take_exactly_the_24_budget_seats(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, new_provider
) -> None:  # type: ignore[no-untyped-def]
    provider = await new_provider("Университет конкурса за места")
    program = await published_program(stub, admin_token, provider, budget=24)
    cycle_id = program.cycles[0].id
    holders = [str(uuid.uuid4()) for _ in range(500)]

    async def reserve(holder: str) -> tuple[str, str | None]:
        try:
            reply = await stub.ReserveSeats(
                catalog_pb2.ReserveSeatsRequest(
                    claims=[catalog_pb2.SeatClaim(target_id=cycle_id, basis=BUDGET)],
                    holder=holder,
                    idempotency_key=f"apply:{holder}",
                ),
                metadata=bearer(admin_token),
                timeout=60,
            )
        except grpc.aio.AioRpcError as error:
            assert error.code() == grpc.StatusCode.FAILED_PRECONDITION, error
            assert grpc_error_code(error) == "no_seats_left"
            return holder, None
        return holder, reply.reservation_id

    # Every request is sent twice at once: the retry of a key must never take a second seat.
    results = await asyncio.gather(*(reserve(h) for h in holders + holders))
    by_holder: dict[str, set[str | None]] = {}
    for holder, reservation in results:
        by_holder.setdefault(holder, set()).add(reservation)
    winners = {h for h, ids in by_holder.items() if ids != {None}}
    assert len(winners) == 24
    # Both copies of a winning request got the same reservation.
    assert all(len(by_holder[h]) == 1 for h in winners)
    assert len({next(iter(by_holder[h])) for h in winners}) == 24
    assert budget_free(await reload(stub, admin_token, program.id)) == 0

    # A later retry of a winner's key returns its reservation and takes nothing more.
    winner = sorted(winners)[0]
    assert await reserve(winner) == (winner, next(iter(by_holder[winner])))

    # Releasing returns the seat once, however often it is asked.
    for _ in range(3):
        released = await stub.ReleaseSeats(
            catalog_pb2.ReleaseSeatsRequest(idempotency_key=f"apply:{winner}"),
            metadata=bearer(admin_token),
        )
        assert released.released
    assert budget_free(await reload(stub, admin_token, program.id)) == 1
    late = next(h for h in holders if h not in winners)
    assert (await reserve(late))[1] is not None
    assert budget_free(await reload(stub, admin_token, program.id)) == 0
    assert Counter(r is None for _, r in [await reserve(str(uuid.uuid4()))]) == {True: 1}


async def test_a_reservation_is_all_or_none_across_claims(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, new_provider
) -> None:  # type: ignore[no-untyped-def]
    provider = await new_provider("Университет комплексных заявок")
    program = await published_program(stub, admin_token, provider, budget=3)
    event = await free_event(stub, admin_token, provider, tickets=1)
    cycle_id = program.cycles[0].id
    taken = await stub.ReserveSeats(
        catalog_pb2.ReserveSeatsRequest(
            claims=[catalog_pb2.SeatClaim(target_id=event.id, basis=TICKET)],
            holder="someone",
            idempotency_key=f"ticket:{uuid.uuid4()}",
        ),
        metadata=bearer(admin_token),
    )
    assert taken.reservation_id

    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ReserveSeats(
            catalog_pb2.ReserveSeatsRequest(
                claims=[
                    catalog_pb2.SeatClaim(target_id=cycle_id, basis=BUDGET),
                    catalog_pb2.SeatClaim(target_id=event.id, basis=TICKET),
                ],
                holder="another",
                idempotency_key=f"both:{uuid.uuid4()}",
            ),
            metadata=bearer(admin_token),
        )
    assert grpc_error_code(caught.value) == "no_seats_left"
    after = await reload(stub, admin_token, program.id)
    assert budget_free(after) == 3
    assert (await reload(stub, admin_token, event.id)).tickets_free == 0


async def test_a_person_reserves_only_for_themselves_and_bad_claims_are_typed_errors(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, new_provider, idp
) -> None:  # type: ignore[no-untyped-def]
    provider = await new_provider("Университет личных заявок")
    program = await published_program(stub, admin_token, provider, budget=2)
    cycle_id = program.cycles[0].id
    person = str(uuid.uuid4())
    token = await idp.person_token(person_id=person)
    claim = catalog_pb2.SeatClaim(target_id=cycle_id, basis=BUDGET)

    mine = await stub.ReserveSeats(
        catalog_pb2.ReserveSeatsRequest(claims=[claim], holder=person, idempotency_key="mine"),
        metadata=bearer(token),
    )
    assert list(mine.claims) == [claim]

    cases = [
        (
            catalog_pb2.ReserveSeatsRequest(claims=[claim], holder="other", idempotency_key="x"),
            grpc.StatusCode.PERMISSION_DENIED,
            "not_your_reservation",
        ),
        (
            catalog_pb2.ReserveSeatsRequest(claims=[], holder=person, idempotency_key="y"),
            grpc.StatusCode.INVALID_ARGUMENT,
            "no_claims",
        ),
        (
            catalog_pb2.ReserveSeatsRequest(
                claims=[claim, claim], holder=person, idempotency_key="z"
            ),
            grpc.StatusCode.INVALID_ARGUMENT,
            "duplicate_claim",
        ),
        (
            catalog_pb2.ReserveSeatsRequest(
                claims=[catalog_pb2.SeatClaim(target_id="not-a-uuid", basis=BUDGET)],
                holder=person,
                idempotency_key="w",
            ),
            grpc.StatusCode.INVALID_ARGUMENT,
            "invalid_target",
        ),
        (
            catalog_pb2.ReserveSeatsRequest(
                claims=[catalog_pb2.SeatClaim(target_id=cycle_id)],
                holder=person,
                idempotency_key="v",
            ),
            grpc.StatusCode.INVALID_ARGUMENT,
            "invalid_funding_basis",
        ),
        (
            catalog_pb2.ReserveSeatsRequest(
                claims=[catalog_pb2.SeatClaim(target_id=str(uuid.uuid4()), basis=BUDGET)],
                holder=person,
                idempotency_key="u",
            ),
            grpc.StatusCode.NOT_FOUND,
            "seats_not_found",
        ),
        (
            catalog_pb2.ReserveSeatsRequest(claims=[claim], holder=person, idempotency_key=""),
            grpc.StatusCode.INVALID_ARGUMENT,
            "invalid_idempotency_key",
        ),
        # The same key for other claims is a conflict, not a silent replay.
        (
            catalog_pb2.ReserveSeatsRequest(
                claims=[
                    catalog_pb2.SeatClaim(
                        target_id=cycle_id, basis=catalog_pb2.FUNDING_BASIS_CONTRACT
                    )
                ],
                holder=person,
                idempotency_key="mine",
            ),
            grpc.StatusCode.ABORTED,
            "idempotency_key_reused",
        ),
    ]
    for request, status, code in cases:
        assert await refused(stub.ReserveSeats(request, metadata=bearer(token))) == (status, code)

    other = await idp.person_token(person_id=str(uuid.uuid4()))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ReleaseSeats(
            catalog_pb2.ReleaseSeatsRequest(idempotency_key="mine"), metadata=bearer(other)
        )
    assert grpc_error_code(caught.value) == "not_your_reservation"
    unknown = await stub.ReleaseSeats(
        catalog_pb2.ReleaseSeatsRequest(idempotency_key=str(uuid.uuid4())), metadata=bearer(token)
    )
    assert not unknown.released


async def test_withdrawn_elements_take_no_reservations(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, new_provider
) -> None:  # type: ignore[no-untyped-def]
    provider = await new_provider("Университет отменённых циклов")
    program = await published_program(stub, admin_token, provider, budget=2)
    await stub.WithdrawElement(
        catalog_pb2.WithdrawElementRequest(element_id=program.id), metadata=bearer(admin_token)
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ReserveSeats(
            catalog_pb2.ReserveSeatsRequest(
                claims=[catalog_pb2.SeatClaim(target_id=program.cycles[0].id, basis=BUDGET)],
                holder="h",
                idempotency_key=str(uuid.uuid4()),
            ),
            metadata=bearer(admin_token),
        )
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert grpc_error_code(caught.value) == "element_not_published"


async def test_the_providers_staff_give_back_a_seat_held_for_their_cycle_and_no_one_elses(
    stub: catalog_pb2_grpc.CatalogServiceStub,
    admin_token: str,
    idp: RunningIdp,
    new_provider,  # type: ignore[no-untyped-def]
    make_staff,  # type: ignore[no-untyped-def]
) -> None:
    provider = await new_provider("Университет, отклоняющий заявки")
    program = await published_program(stub, admin_token, provider, budget=1)
    cycle_id = program.cycles[0].id
    person = str(uuid.uuid4())
    await stub.ReserveSeats(
        catalog_pb2.ReserveSeatsRequest(
            claims=[catalog_pb2.SeatClaim(target_id=cycle_id, basis=BUDGET)],
            holder=person,
            idempotency_key=f"application:{person}",
        ),
        metadata=bearer(await idp.person_token(person_id=person)),
    )
    stranger = await make_staff(await new_provider("Чужой университет"))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ReleaseSeats(
            catalog_pb2.ReleaseSeatsRequest(idempotency_key=f"application:{person}"),
            metadata=bearer(stranger.token),
        )
    assert grpc_error_code(caught.value) == "not_your_reservation"

    staff = await make_staff(provider)
    released = await stub.ReleaseSeats(
        catalog_pb2.ReleaseSeatsRequest(idempotency_key=f"application:{person}"),
        metadata=bearer(staff.token),
    )
    assert released.released
    cycles = await stub.BatchGetProgramCycles(
        catalog_pb2.BatchGetProgramCyclesRequest(ids=[cycle_id]), metadata=bearer(admin_token)
    )
    budget = next(s for s in cycles.cycles[0].seats if s.basis == BUDGET)
    assert (budget.total, budget.free) == (1, 1)


async def test_pk_regional_svc_releases_a_teachers_seat_for_its_operator_and_no_one_else_may(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, idp: RunningIdp, new_provider
) -> None:  # type: ignore[no-untyped-def]
    provider = await new_provider("Институт развития образования")
    program = await published_program(stub, admin_token, provider, budget=1)
    cycle_id = program.cycles[0].id
    teacher = str(uuid.uuid4())
    key = f"regional-application:{teacher}"
    await stub.ReserveSeats(
        catalog_pb2.ReserveSeatsRequest(
            claims=[catalog_pb2.SeatClaim(target_id=cycle_id, basis=BUDGET)],
            holder=teacher,
            idempotency_key=key,
        ),
        metadata=bearer(await idp.person_token(person_id=teacher)),
    )
    operator = await idp.person_token(person_id=str(uuid.uuid4()), roles=["school_operator"])

    def as_service(client_token: str) -> tuple[tuple[str, str], ...]:
        return (*bearer(operator), ("x-service-authorization", f"Bearer {client_token}"))

    # The operator alone, or with another service's token (a provider's system), may not.
    for metadata in (bearer(operator), as_service(await idp.client_token("demo-provider"))):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.ReleaseSeats(
                catalog_pb2.ReleaseSeatsRequest(idempotency_key=key), metadata=metadata
            )
        assert grpc_error_code(caught.value) == "not_your_reservation"
    agent = as_service(await idp.client_token("pk-regional-svc"))
    for _ in range(2):  # idempotent
        released = await stub.ReleaseSeats(
            catalog_pb2.ReleaseSeatsRequest(idempotency_key=key), metadata=agent
        )
        assert released.released
    cycles = await stub.BatchGetProgramCycles(
        catalog_pb2.BatchGetProgramCyclesRequest(ids=[cycle_id]), metadata=bearer(admin_token)
    )
    budget = next(s for s in cycles.cycles[0].seats if s.basis == BUDGET)
    assert (budget.total, budget.free) == (1, 1)
