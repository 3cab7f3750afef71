"""Steps of the feedback tests (ratings, reviews, error reports; the fixtures are in conftest.py).
Persons are real identity-svc persons; their credits are
posted by the demo provider's system over credits-svc's PostResults."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.testing import bearer
from credits_svc.domain.records import payload_hash
from identity_svc.testing import Grantees
from local_idp.pytest_plugin import RunningIdp


@dataclass
class Rater:
    person_id: str
    snils: str
    token: str

    @property
    def metadata(self) -> list[tuple[str, str]]:
        return bearer(self.token)


@dataclass
class FeedbackWorld:
    stub: catalog_pb2_grpc.CatalogServiceStub
    credits: credits_pb2_grpc.CreditsServiceStub
    provider_token: str
    admin_token: str
    grantees: Grantees
    idp: RunningIdp

    async def rater(self) -> Rater:
        """A new registered person (identity-svc) with a specialist's token."""
        person = await self.grantees.person()
        token = await self.idp.person_token(person_id=person.id, snils=person.snils)
        return Rater(person.id, person.snils, token)

    async def module(self, title: str = "Клинический разбор") -> str:
        """A published module of the demo provider (its system's bulk upsert)."""
        reply = await self.stub.UpsertElements(
            catalog_pb2.UpsertElementsRequest(
                items=[
                    catalog_pb2.ElementUpsert(
                        element=catalog_pb2.Element(
                            external_id=f"feedback-{uuid.uuid4().hex[:10]}",
                            kind=catalog_pb2.ELEMENT_KIND_MODULE,
                            title=title,
                            zet=2,
                            main_specialty_code=demo.CARDIOLOGY,
                            audience="medical",
                            region_code="16",
                            module_kind="clinical_case",
                            free=True,
                        ),
                        publish=True,
                    )
                ]
            ),
            metadata=bearer(self.provider_token),
        )
        [outcome] = reply.outcomes
        assert not outcome.error_code, outcome
        return str(outcome.element_id)

    async def credit(self, element_id: str, *raters: Rater) -> None:
        """The demo provider posts each rater's completion of the element."""
        completed = (date.today() - timedelta(days=1)).isoformat()
        records = [
            credits_pb2.ResultRecord(
                external_id=f"feedback-{uuid.uuid4().hex[:12]}",
                snils=r.snils,
                element_id=element_id,
                zet=2,
                completed_on=completed,
            )
            for r in raters
        ]
        request = credits_pb2.PostResultsRequest(
            batch_id=f"feedback-{uuid.uuid4().hex[:12]}",
            sequence=1,
            payload_hash=payload_hash(records),
            records=records,
        )
        call = self.credits.PostResults(iter([request]), metadata=bearer(self.provider_token))
        [ack] = [a async for a in call]
        assert [o.outcome for o in ack.outcomes] == [credits_pb2.OUTCOME_ACCEPTED] * len(raters), (
            ack
        )
