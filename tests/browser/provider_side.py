"""What happens outside the portal during a journey: the provider's staff decide on an
application (GraphQL, as their own frontend would), the provider's system posts results and
issues codes and attendance lists over gRPC."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any, TypeVar

import grpc
from tests.e2e.conftest import Tokens
from tests.e2e.test_portfolio_and_deadlines import backdate_application
from tests.e2e.test_registration import registered_and_verified
from tests.e2e.test_specialist_journey import gql, person_id_of, post_results

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.testing import bearer
from local_idp.pytest_plugin import RunningIdp

T = TypeVar("T")

PROVIDER_APPLICATIONS = "query { providerApplications { id elementId status } }"
ACCEPT = """
mutation Accept($id: ID!) {
  acceptApplication(applicationId: $id) { __typename ... on Application { status } }
}"""


def outside_the_browser_loop(work: Coroutine[Any, Any, T]) -> T:
    """asyncio.run in a thread of its own: Playwright's sync API runs a loop in this one."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, work).result()


class ProviderSide:
    def __init__(self, platform: DevStack, tokens: Tokens) -> None:
        self.platform = platform
        self.system = tokens.client(
            demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID)
        )
        self._staff: str | None = None

    def staff(self) -> str:
        """A member of the demo provider's staff (granted provider_staff by an admin)."""
        if self._staff is None:
            admin = outside_the_browser_loop(
                RunningIdp(self.platform.idp_url).person_token(roles=["admin"])
            )
            _, staff = registered_and_verified(self.platform)
            with grpc.insecure_channel(self.platform.target("identity")) as channel:
                identity_pb2_grpc.IdentityServiceStub(channel).GrantRole(
                    identity_pb2.GrantRoleRequest(
                        person_id=person_id_of(self.platform, staff),
                        role="provider_staff",
                        scope=f"provider:{demo.PROVIDER_ID}",
                    ),
                    metadata=bearer(admin),
                    timeout=10,
                )
            self._staff = staff
        return self._staff

    def accept_applications_to(self, element_id: str) -> list[str]:
        """The ids of the applications it accepted."""
        staff = self.staff()
        listed = gql(self.platform, PROVIDER_APPLICATIONS, staff)["providerApplications"]
        waiting = [a for a in listed if a["elementId"] == element_id and a["status"] == "SUBMITTED"]
        for application in waiting:
            accepted = gql(self.platform, ACCEPT, staff, id=application["id"])["acceptApplication"]
            assert accepted == {"__typename": "Application", "status": "ACCEPTED"}, accepted
        return [str(application["id"]) for application in waiting]

    def training_ended(self, application_id: str, on: date) -> None:
        """Time passes: the accepted application's program cycle ended on `on`."""
        with ThreadPoolExecutor(max_workers=1) as thread:
            thread.submit(backdate_application, self.platform, application_id, on).result()

    def correct_credit(self, credit_id: str, zet: int, on: date, reason: str) -> None:
        with grpc.insecure_channel(self.platform.target("credits")) as channel:
            credits_pb2_grpc.CreditsServiceStub(channel).CorrectCredit(
                credits_pb2.CorrectCreditRequest(
                    credit_id=credit_id, reason=reason, zet=zet, completed_on=on.isoformat()
                ),
                metadata=bearer(self.system),
                timeout=10,
            )

    def post_result(
        self, snils: str, element_id: str, program_cycle_id: str, zet: int, on: date
    ) -> None:
        record = credits_pb2.ResultRecord(
            external_id=uuid.uuid4().hex[:12],
            snils=snils,
            element_id=element_id,
            zet=zet,
            completed_on=on.isoformat(),
            program_cycle_id=program_cycle_id,
        )
        post_results(self.platform, self.system, [record])

    def issue_code(self, snils: str, event_id: str) -> str:
        with grpc.insecure_channel(self.platform.target("credits")) as channel:
            [code] = (
                credits_pb2_grpc.CreditsServiceStub(channel)
                .IssueCodes(
                    credits_pb2.IssueCodesRequest(
                        event_id=event_id, count=1, snils=[snils], idempotency_key=uuid.uuid4().hex
                    ),
                    metadata=bearer(self.system),
                    timeout=10,
                )
                .codes
            )
        return str(code.code)

    def upload_attendance(self, snils: str, event_id: str) -> None:
        with grpc.insecure_channel(self.platform.target("credits")) as channel:
            credits_pb2_grpc.CreditsServiceStub(channel).UploadAttendance(
                credits_pb2.UploadAttendanceRequest(event_id=event_id, snils=[snils]),
                metadata=bearer(self.system),
                timeout=10,
            )
