"""Error catalogue: SMK qualification proceedings in pk-regional-svc (Polish messages)."""

from __future__ import annotations

from cpd_platform.error_catalogue.entry import Channel, ErrorEntry

ENTRIES = (
    ErrorEntry(
        "qualification_window_closed",
        grpc_status="FAILED_PRECONDITION",
        channels=(Channel.GRPC_STATUS,),
        message="Wnioski w tym postępowaniu przyjmowane są od … do …",
        meaning="SMK qualification: the day is outside the session's application window (smk-2023: 1–28 February, 1–30 September). Domain rule only: no operation sends it yet.",
        language="pl",
    ),
    ErrorEntry(
        "no_variants",
        grpc_status="INVALID_ARGUMENT",
        channels=(Channel.GRPC_STATUS,),
        message="Wniosek musi zawierać co najmniej jeden wariant",
        meaning="SMK qualification: an application without variants. Domain rule only: no operation sends it yet.",
        language="pl",
    ),
    ErrorEntry(
        "too_many_variants",
        grpc_status="INVALID_ARGUMENT",
        channels=(Channel.GRPC_STATUS,),
        message="Wniosek może zawierać najwyżej … wariantów",
        meaning="SMK qualification: more variants than the rule set allows (15). Domain rule only: no operation sends it yet.",
        language="pl",
    ),
    ErrorEntry(
        "too_many_units",
        grpc_status="INVALID_ARGUMENT",
        channels=(Channel.GRPC_STATUS,),
        message="Wariant może wskazywać najwyżej … jednostki szkolące",
        meaning="SMK qualification: a variant names more training units than allowed (3). Domain rule only: no operation sends it yet.",
        language="pl",
    ),
    ErrorEntry(
        "invalid_exam_result",
        grpc_status="INVALID_ARGUMENT",
        channels=(Channel.GRPC_STATUS,),
        message="Wynik LEK/LDEK podaje się w procentach: 0–100",
        meaning="SMK qualification: the LEK/LDEK result is not a percentage. Domain rule only: no operation sends it yet.",
        language="pl",
    ),
    ErrorEntry(
        "invalid_additional_points",
        grpc_status="INVALID_ARGUMENT",
        channels=(Channel.GRPC_STATUS,),
        message="Punkty dodatkowe: od 0 do …",
        meaning="SMK qualification: additional points outside the rule set's range. Domain rule only: no operation sends it yet.",
        language="pl",
    ),
    ErrorEntry(
        "unknown_place",
        grpc_status="INVALID_ARGUMENT",
        channels=(Channel.GRPC_STATUS,),
        message="Brak miejsc szkoleniowych dla wariantu: …",
        meaning="SMK qualification: a variant for a specialty, voivodeship and mode with no places in the session. Domain rule only: no operation sends it yet.",
        language="pl",
    ),
)
