"""One catalogued error code: how it travels, what people read, which operations send it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# An operation list of "*" means every operation of its kind (every RPC of every service, or
# every GraphQL operation); "CreditsService/*" every RPC of that service.
EVERY_OPERATION = "*"


class Channel(StrEnum):
    """Where a client meets the code."""

    GRPC_STATUS = "grpc_status"
    """A gRPC error status; the code travels in the trailing metadata `cpd-error-code`, and the
    gateway passes it on as `UserError.code` or as a GraphQL error's `extensions.code`."""
    POSTING_RECORD = "posting_record"
    """`RecordOutcome.reason_code` of a rejected record in `CreditsService/PostResults`."""
    POSTING_BATCH = "posting_batch"
    """`PostResultsResponse.reason_code` of a batch rejected as a whole (nothing applied)."""
    CODE_REDEMPTION = "code_redemption"
    """`Redemption.reason_code` of a rejected confirmation code (GraphQL: `UserError.code`)."""
    HTTP = "http"
    """The gateway refuses the HTTP request before GraphQL runs; `errors[0].extensions.code`."""
    GRAPHQL = "graphql"
    """Made by the gateway itself: `UserError.code` or a GraphQL error's `extensions.code`."""


@dataclass(frozen=True)
class ErrorEntry:
    code: str
    channels: tuple[Channel, ...]
    message: str
    """The Russian message clients show (… stands for a part filled in per request; where a
    code has several messages, the general one)."""
    meaning: str
    """What happened, in English, for developers."""
    operations: str = ""
    """gRPC `Service/Method` names, then GraphQL field names, that can return the code,
    separated by spaces (a data file lists them; one string here): see `operation_names`."""
    grpc_status: str | None = None
    """The `grpc.StatusCode` name for GRPC_STATUS codes."""
    http_status: int | None = None
    language: str = "ru"
    """The language of `message`: "ru", or "pl" for the codes of SMK operations, whose users
    read Polish."""

    @property
    def operation_names(self) -> tuple[str, ...]:
        return tuple(self.operations.split())

    @property
    def graphql_enum_value(self) -> str:
        """The value of the GraphQL `ErrorCode` enum for this code."""
        return self.code.upper()

    @property
    def reaches_graphql(self) -> bool:
        """Whether a GraphQL client can meet the code (the posting API's reasons cannot)."""
        return bool(GRAPHQL_CHANNELS.intersection(self.channels))


# Service errors passed on, the gateway's own codes and rejected confirmation codes.
GRAPHQL_CHANNELS = frozenset({Channel.GRPC_STATUS, Channel.GRAPHQL, Channel.CODE_REDEMPTION})
