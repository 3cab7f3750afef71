"""The provider's office against fake backends: one CSV batch posted as a PostResults stream of
one batch with its payload hash, per-record outcomes with enums, refusals as UserErrors; voids,
code issue and attendance uploads."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from gateway_fakes import FakeBackends, data, execute

from cpd.credits.v1 import credits_pb2
from cpd_wire.posting_hash import payload_hash
from gateway.errors import GatewayError

POST = """mutation($records: [ResultRecordInput!]!) {
  postResults(batchId: "b-1", seriesId: "file-1", records: $records) { __typename
    ... on PostedBatch { batchId status reasonCode
      outcomes { externalId outcome recordId reasonCode message daysLate } }
    ... on UserError { code message field } } }"""

RECORDS = [
    {"externalId": "r-1", "snils": "112-233-445 95", "elementId": "e1", "zet": 36,
     "completedOn": "2026-05-02", "programCycleId": "c1"},
    {"externalId": "r-2", "snils": "112-233-445 95", "elementId": "e1", "zet": 36,
     "completedOn": "31.02.2026"},
]  # fmt: skip


class StreamingBackends(FakeBackends):
    """Fake backends whose credits PostResults is a stream: calls made through a wrapper (not a
    method name) run it."""

    def __init__(self, acks: list[credits_pb2.PostResultsResponse], **replies: Any) -> None:
        super().__init__(replies)
        self.posted: list[credits_pb2.PostResultsRequest] = []

        async def post_results(
            requests: Iterator[credits_pb2.PostResultsRequest], **_: Any
        ) -> AsyncIterator[credits_pb2.PostResultsResponse]:
            for request in requests:
                self.posted.append(request)
            for ack in acks:
                yield ack

        self.credits.PostResults = post_results  # type: ignore[attr-defined]

    async def call(
        self, method: Any, request: Any, metadata: object, deadline: float | None = None
    ) -> Any:
        if isinstance(method, str):
            return await super().call(method, request, metadata)
        return await method(request, metadata=metadata, timeout=1.0)


async def test_a_batch_is_posted_with_its_hash_and_each_record_gets_its_outcome() -> None:
    ack = credits_pb2.PostResultsResponse(
        batch_id="b-1",
        status=credits_pb2.BATCH_STATUS_APPLIED,
        outcomes=[
            credits_pb2.RecordOutcome(
                external_id="r-1",
                outcome=credits_pb2.OUTCOME_ACCEPTED,
                record_id="cr1",
                days_late=3,
            ),
            credits_pb2.RecordOutcome(
                external_id="r-2",
                outcome=credits_pb2.OUTCOME_REJECTED,
                reason_code="invalid_date",
                message="Дата не в формате ГГГГ-ММ-ДД",
            ),
        ],
    )
    backends = StreamingBackends([ack])
    result = data(await execute(backends, POST, {"records": RECORDS}))["postResults"]
    assert result == {
        "__typename": "PostedBatch",
        "batchId": "b-1",
        "status": "APPLIED",
        "reasonCode": "",
        "outcomes": [
            {"externalId": "r-1", "outcome": "ACCEPTED", "recordId": "cr1", "reasonCode": "",
             "message": "", "daysLate": 3},
            {"externalId": "r-2", "outcome": "REJECTED", "recordId": None,
             "reasonCode": "invalid_date", "message": "Дата не в формате ГГГГ-ММ-ДД",
             "daysLate": 0},
        ],
    }  # fmt: skip
    [sent] = backends.posted
    assert (sent.batch_id, sent.series_id, len(sent.records)) == ("b-1", "file-1", 2)
    assert sent.records[0].program_cycle_id == "c1"
    assert sent.records[1].completed_on == "31.02.2026"
    assert sent.payload_hash == payload_hash(list(sent.records))


async def test_a_refused_poster_is_a_user_error() -> None:
    backends = StreamingBackends([])

    async def refused(requests: Any, **_: Any) -> AsyncIterator[credits_pb2.PostResultsResponse]:
        raise GatewayError("not_your_provider", "Чужая организация")
        yield credits_pb2.PostResultsResponse()  # pragma: no cover

    backends.credits.PostResults = refused  # type: ignore[attr-defined]
    result = data(await execute(backends, POST, {"records": RECORDS}))["postResults"]
    assert (result["__typename"], result["code"]) == ("UserError", "NOT_YOUR_PROVIDER")


async def test_voids_codes_and_attendance_reach_credits_svc() -> None:
    voided = credits_pb2.Credit(
        id="cr1",
        status=credits_pb2.CREDIT_STATUS_VOIDED,
        status_reason="ошибка",
        zet=2,
        completed_on="2026-05-02",
        element_kind="module",
        source="posting",
    )
    code = credits_pb2.EventCode(
        code="ABCDEF123456", event_id="ev1", status=credits_pb2.CODE_STATUS_ISSUED
    )
    backends = StreamingBackends(
        [],
        VoidCredit=credits_pb2.VoidCreditResponse(credit=voided),
        IssueCodes=credits_pb2.IssueCodesResponse(codes=[code]),
        ListEventCodes=credits_pb2.ListEventCodesResponse(codes=[code]),
        UploadAttendance=credits_pb2.UploadAttendanceResponse(attendees=1, invalid_snils=["123"]),
    )
    query = """mutation {
      voidCredit(creditId: "cr1", reason: "ошибка") { ... on Credit { status statusReason } }
      issueCodes(eventId: "ev1", count: 1, idempotencyKey: "k") {
        ... on IssuedCodes { codes { code status } } }
      uploadAttendance(eventId: "ev1", snils: ["112-233-445 95", "123"]) {
        ... on AttendanceUpload { attendees invalidSnils } } }"""
    result = data(await execute(backends, query))
    assert result["voidCredit"] == {"status": "VOIDED", "statusReason": "ошибка"}
    assert result["issueCodes"] == {"codes": [{"code": "ABCDEF123456", "status": "ISSUED"}]}
    assert result["uploadAttendance"] == {"attendees": 1, "invalidSnils": ["123"]}
    listed = data(await execute(backends, '{ eventCodes(eventId: "ev1") { code eventId } }'))
    assert listed["eventCodes"] == [{"code": "ABCDEF123456", "eventId": "ev1"}]
    sent = dict(backends.requests)
    issued, attendance = sent["IssueCodes"], sent["UploadAttendance"]
    assert isinstance(issued, credits_pb2.IssueCodesRequest) and issued.idempotency_key == "k"
    assert isinstance(attendance, credits_pb2.UploadAttendanceRequest)
    assert list(attendance.snils) == ["112-233-445 95", "123"]
