"""The mapping layer (gateway.mapping): types derived from protobuf messages, enums, Relay
connections and backend calls whose expected failures become UserErrors."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from types import SimpleNamespace
from typing import Annotated, Any

import pytest
import strawberry
from gateway_fakes import FakeBackends, data, execute
from graphql import GraphQLEnumType, GraphQLNonNull, GraphQLObjectType

import gateway.schema.root  # noqa: F401  (the gateway's own types register their messages first)
from cpd.catalog.v1 import catalog_pb2
from cpd.credits.v1 import credits_pb2
from cpd.pk_regional.v1 import pk_regional_pb2
from cpd.plan.v1 import plan_pb2
from gateway.errors import GatewayError
from gateway.mapping import (
    AfterCursor,
    Connection,
    MessageType,
    PageSize,
    call_connection,
    call_list,
    call_one,
    call_one_or_error,
    call_or_error,
    connection,
    protobuf_enum,
    protobuf_type,
    result_union,
    to_message,
)
from gateway.schema.common import GatewayInfo, UserError
from gateway.schema.pk_regional.enums import FundingChoice, NumberStatus
from gateway.schema.pk_regional.inputs import (
    PassportInput,
    RegionalApplicationInput,
    RegionalFilter,
)
from gateway.schema.pk_regional.places import RegionalSchool
from gateway.schema.plan.enums import DocumentKind
from gateway.schema.plan.mutation import DocumentInput


@protobuf_enum(credits_pb2.RedemptionStatus, name="TestRedemptionStatus")
class RedemptionStatus(Enum):
    """Where a code stands."""


@protobuf_type(name="TestSeatCount")
class SeatCount(MessageType[catalog_pb2.SeatCount]):
    price_kopecks: float


@protobuf_type(name="TestCycle", exclude=("place",))
class Cycle(MessageType[catalog_pb2.ProgramCycle]):
    starts_on: date
    ends_on: date | None
    curator: str = strawberry.field(description="Who leads the cycle.")


@protobuf_type(
    name="TestRedemption",
    sources={"reason": "reason_message"},
    convert={"code": str.lower},
)
class Redemption(MessageType[credits_pb2.Redemption]):
    event_id: strawberry.ID | None
    entered_at: datetime | None
    reason: str


@protobuf_type(name="TestCredit")
class Credit(MessageType[credits_pb2.Credit]):
    element_kind: KindOfElement


@strawberry.enum
class KindOfElement(Enum):
    PROGRAM = 1
    EVENT = 2


CycleResult = Annotated[Cycle | UserError, strawberry.union("TestCycleResult")]


@strawberry.type
class Query:
    @strawberry.field
    async def cycle(self, info: GatewayInfo) -> CycleResult:
        return await call_or_error(
            info,
            info.context.backends.catalog.SaveProgramCycle,
            catalog_pb2.SaveProgramCycleRequest(),
            lambda reply: Cycle.from_pb(reply.cycle),
        )

    @strawberry.field
    def redemption(self) -> Redemption:
        return Redemption.from_pb(
            credits_pb2.Redemption(
                id="r1",
                code="ABC",
                status=credits_pb2.REDEMPTION_STATUS_REJECTED,
                reason_message="Код уже использован",
                entered_at="2026-03-01T10:00:00+00:00",
            )
        )

    @strawberry.field
    def credit(self) -> Credit:
        return Credit.from_pb(
            credits_pb2.Credit(
                id="c1", element_kind="event", status=credits_pb2.CREDIT_STATUS_ACCEPTED
            )
        )

    @strawberry.field
    def seats(self, first: PageSize = 2, after: AfterCursor = None) -> Connection[SeatCount]:
        nodes = [SeatCount.from_pb(catalog_pb2.SeatCount(basis=1, total=n)) for n in range(first)]
        return connection(nodes, next_page_token="next", total=5, after=after)


SCHEMA = strawberry.Schema(Query, types=[RedemptionStatus])
GRAPHQL = SCHEMA._schema


def test_fields_follow_the_message_with_ids_enums_lists_and_declared_overrides() -> None:
    cycle = GRAPHQL.get_type("TestCycle")
    assert isinstance(cycle, GraphQLObjectType)
    assert list(cycle.fields) == [
        "id",
        "elementId",
        "startsOn",
        "endsOn",
        "seats",
        "curator",
        "department",
        "externalId",
    ]
    assert str(cycle.fields["id"].type) == "ID!"
    assert str(cycle.fields["elementId"].type) == "ID!"
    assert str(cycle.fields["startsOn"].type) == "Date!"
    assert str(cycle.fields["endsOn"].type) == "Date"
    # The first type derived from a message (the gateway's) is the one fields refer to.
    assert str(cycle.fields["seats"].type) == "[SeatCount!]!"
    seat = GRAPHQL.get_type("TestSeatCount")
    assert isinstance(seat, GraphQLObjectType)
    assert str(seat.fields["basis"].type) == "SeatBasis!"
    assert str(seat.fields["priceKopecks"].type) == "Float!"


def test_descriptions_come_from_the_proto_comments_unless_declared() -> None:
    cycle = GRAPHQL.get_type("TestCycle")
    assert isinstance(cycle, GraphQLObjectType)
    assert cycle.description and "cycle" in cycle.description.lower()
    assert cycle.fields["department"].description
    assert cycle.fields["curator"].description == "Who leads the cycle."
    status = GRAPHQL.get_type("TestRedemptionStatus")
    assert isinstance(status, GraphQLEnumType)
    assert status.description == "Where a code stands."
    assert all(value.description for value in status.values.values())


def test_enums_lose_the_prefix_and_the_unspecified_zero() -> None:
    status = GRAPHQL.get_type("TestRedemptionStatus")
    assert isinstance(status, GraphQLEnumType)
    assert list(status.values) == ["PENDING", "ACCEPTED", "REJECTED"]
    assert RedemptionStatus["REJECTED"].value == credits_pb2.REDEMPTION_STATUS_REJECTED


async def test_from_pb_converts_dates_optionals_enums_renames_and_custom_conversions() -> None:
    result = await execute(
        FakeBackends({}),
        "{ redemption { id code status eventId enteredAt reason } credit { elementKind } }",
        schema=SCHEMA,
    )
    assert data(result) == {
        "redemption": {
            "id": "r1",
            "code": "abc",
            "status": "REJECTED",
            "eventId": None,
            "enteredAt": "2026-03-01T10:00:00+00:00",
            "reason": "Код уже использован",
        },
        "credit": {"elementKind": "EVENT"},
    }


def test_from_pb_reads_same_typed_fields_as_is_and_refuses_unknown_enum_values_each_time() -> None:
    seats: Any = SeatCount.from_pb(
        catalog_pb2.SeatCount(basis=catalog_pb2.FUNDING_BASIS_BUDGET, total=3, price_kopecks=150000)
    )
    assert (seats.total, seats.price_kopecks) == (3, 150000.0)
    assert isinstance(seats.price_kopecks, float)  # declared float: converted, not read as is
    assert seats.basis.name == "BUDGET"
    for _ in range(2):  # an unknown value is not remembered as known
        with pytest.raises(ValueError):
            SeatCount.from_pb(catalog_pb2.SeatCount(basis=99))  # type: ignore[arg-type]


async def test_a_connection_carries_the_page_token_as_the_last_cursor() -> None:
    result = await execute(
        FakeBackends({}),
        '{ seats(first: 2, after: "prev") { edges { cursor node { total } }'
        " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }",
        schema=SCHEMA,
    )
    assert data(result)["seats"] == {
        "edges": [{"cursor": "", "node": {"total": 0}}, {"cursor": "next", "node": {"total": 1}}],
        "pageInfo": {
            "hasNextPage": True,
            "hasPreviousPage": True,
            "startCursor": None,
            "endCursor": "next",
        },
        "totalCount": 5,
    }
    connection_type = GRAPHQL.get_type("TestSeatCountConnection")
    assert isinstance(connection_type, GraphQLObjectType)
    assert isinstance(connection_type.fields["pageInfo"].type, GraphQLNonNull)


async def test_a_call_returns_the_converted_reply_or_the_expected_failure_as_user_error() -> None:
    query = (
        "{ cycle { __typename ... on TestCycle { startsOn } ... on UserError { code message } } }"
    )
    found = FakeBackends(
        {
            "SaveProgramCycle": catalog_pb2.SaveProgramCycleResponse(
                cycle=catalog_pb2.ProgramCycle(id="c", starts_on="2026-02-01")
            )
        }
    )
    assert data(await execute(found, query, schema=SCHEMA))["cycle"] == {
        "__typename": "TestCycle",
        "startsOn": "2026-02-01",
    }
    refused = FakeBackends(
        {"SaveProgramCycle": GatewayError("invalid_date", "Даты цикла заданы неверно")}
    )
    assert data(await execute(refused, query, schema=SCHEMA))["cycle"] == {
        "__typename": "UserError",
        "code": "INVALID_DATE",
        "message": "Даты цикла заданы неверно",
    }
    assert [name for name, _ in refused.requests] == ["SaveProgramCycle"]


async def test_one_reply_field_a_list_or_a_page_goes_through_the_type_s_from_pb() -> None:
    assert result_union("TestResult", "The credit", "why not").description == (
        "The credit, or why not."
    )
    credit = credits_pb2.Credit(
        id="c1", element_kind="event", status=credits_pb2.CREDIT_STATUS_ACCEPTED
    )
    school = pk_regional_pb2.School(id="s1", kind=pk_regional_pb2.SCHOOL_KIND_GENERAL)
    backends = FakeBackends(
        {
            "VoidCredit": credits_pb2.VoidCreditResponse(credit=credit),
            "GetCredit": credit,
            "ListMyCredits": credits_pb2.ListMyCreditsResponse(credits=[credit, credit]),
            "ListSchools": pk_regional_pb2.ListSchoolsResponse(
                schools=[school], next_page_token="t2", total=3
            ),
            "CorrectCredit": GatewayError("invalid_date", "Нельзя"),
        }
    )
    info: Any = SimpleNamespace(context=SimpleNamespace(backends=backends, metadata=()))
    void = credits_pb2.VoidCreditRequest(credit_id="c1")
    voided = await call_one_or_error(info, "VoidCredit", void, Credit, "credit")
    assert isinstance(voided, Credit)
    assert (voided.id, voided.element_kind) == ("c1", KindOfElement.EVENT)
    assert (await call_one(info, "VoidCredit", void, Credit, "credit")).id == "c1"
    assert (await call_one(info, "GetCredit", void, Credit)).id == "c1"  # the reply itself
    mine = await call_list(
        info, "ListMyCredits", credits_pb2.ListMyCreditsRequest(), Credit, "credits"
    )
    assert [c.id for c in mine] == ["c1", "c1"]
    page = await call_connection(
        info, "ListSchools", pk_regional_pb2.ListSchoolsRequest(), RegionalSchool, "schools", "t1"
    )
    assert [(e.cursor, e.node.id) for e in page.edges] == [("t2", "s1")]
    assert (page.total_count, page.page_info.has_previous_page) == (3, True)
    refused = await call_one_or_error(
        info, "CorrectCredit", credits_pb2.CorrectCreditRequest(), Credit, "credit"
    )
    assert isinstance(refused, UserError)
    assert (refused.code, refused.message) == ("invalid_date", "Нельзя")
    assert [name for name, _ in backends.requests] == [
        "VoidCredit",
        "VoidCredit",
        "GetCredit",
        "ListMyCredits",
        "ListSchools",
        "CorrectCredit",
    ]


async def test_user_error_codes_are_the_catalogue_s_enum_and_an_uncatalogued_one_is_internal() -> (
    None
):
    query = "{ cycle { ... on UserError { code message } } }"
    codes = GRAPHQL.get_type("ErrorCode")
    assert isinstance(codes, GraphQLEnumType)
    assert {"INVALID_DATE", "SERVICE_UNAVAILABLE", "CODE_ALREADY_USED"} <= set(codes.values)
    assert codes.values["INVALID_DATE"].description
    stray = FakeBackends({"SaveProgramCycle": GatewayError("not_catalogued", "Сбой")})
    assert data(await execute(stray, query, schema=SCHEMA))["cycle"] == {
        "code": "INTERNAL",
        "message": "Сбой",
    }


def test_an_input_becomes_its_message_with_enums_dates_nested_inputs_and_nulls_unset() -> None:
    document = DocumentInput(
        kind=DocumentKind["CERTIFICATE"],
        specialty_code="31.08.36",
        number="77",
        issued_on=date(2024, 3, 1),
    )
    assert to_message(document, plan_pb2.AddDocumentRequest) == plan_pb2.AddDocumentRequest(
        kind=DocumentKind["CERTIFICATE"].value,
        specialty_code="31.08.36",
        number="77",
        issued_on="2024-03-01",
    )
    application = RegionalApplicationInput(
        campaign_id=strawberry.ID("c1"),
        basis=FundingChoice["BUDGET"],
        passport=PassportInput(
            series="1234", number="567890", issuer="ОВД", issued_on="2020-01-02"
        ),
        group_ids=[strawberry.ID("g1"), strawberry.ID("g2")],
    )
    request = to_message(application, pk_regional_pb2.SaveApplicationRequest, phone="+7 900")
    assert request.passport.issuer == "ОВД" and request.passport.issued_on == "2020-01-02"
    assert list(request.group_ids) == ["g1", "g2"] and request.phone == "+7 900"
    assert request.basis == FundingChoice["BUDGET"].value
    no_passport = RegionalApplicationInput(
        campaign_id=strawberry.ID("c1"), basis=FundingChoice["BUDGET"]
    )
    assert not to_message(no_passport, pk_regional_pb2.SaveApplicationRequest).HasField("passport")
    narrowed = RegionalFilter(year=2025, status=NumberStatus["REFUSED"]).to_pb()
    assert narrowed == pk_regional_pb2.ReportFilter(year=2025, status=NumberStatus["REFUSED"].value)
