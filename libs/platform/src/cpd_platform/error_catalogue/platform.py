"""Error catalogue: Codes every service can send, from cpd_platform's interceptors."""

from __future__ import annotations

from cpd_platform.error_catalogue.entry import Channel, ErrorEntry

ENTRIES = (
    ErrorEntry(
        "invalid_message",
        grpc_status="INVALID_ARGUMENT",
        channels=(Channel.GRPC_STATUS,),
        message="Запрос не является корректным сообщением",
        meaning="The request bytes are not the method's protobuf message.",
        operations="*",
    ),
    ErrorEntry(
        "invalid_text",
        grpc_status="INVALID_ARGUMENT",
        channels=(Channel.GRPC_STATUS,),
        message="Поле …: недопустимые символы в тексте (нулевой символ или одиночный суррогат)",
        meaning="A string of a gRPC request holds a NUL or a lone surrogate. The message differs between operations; this is the general one.",
        operations="*",
    ),
    ErrorEntry(
        "unavailable",
        grpc_status="UNAVAILABLE",
        channels=(Channel.GRPC_STATUS,),
        message="Сервис временно недоступен. Попробуйте позже.",
        meaning="A dependency of the service (PostgreSQL, Redis, another service) is unavailable; retry later.",
        operations="*",
    ),
)
