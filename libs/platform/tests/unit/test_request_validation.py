"""The request checks every service runs before its servicers (cpd_platform.request_validation)."""

from typing import Any

import pytest
from google.protobuf import struct_pb2

from cpd_platform.request_validation import (
    RejectedRequest,
    bad_text_field,
    checking_deserializer,
    has_bad_character,
)


def struct(**values: Any) -> struct_pb2.Struct:
    message = struct_pb2.Struct()
    message.update(values)
    return message


@pytest.mark.parametrize("text", ["a\x00", "\ud800", "x\udfffy"])
def test_nul_and_lone_surrogates_are_bad(text: str) -> None:
    assert has_bad_character(text)


@pytest.mark.parametrize("text", ["", "Иванов", "emoji 😀", "tab\tnewline\n"])
def test_ordinary_text_is_fine(text: str) -> None:
    assert not has_bad_character(text)


def test_walk_reaches_map_keys_repeated_and_nested_fields() -> None:
    assert bad_text_field(struct(a="x", b=["y", {"c": "z"}])) is None
    assert bad_text_field(struct(b=["y", {"c": "z\x00"}])) == (
        "fields['b'].list_value.values[1].struct_value.fields['c'].string_value"
    )


def test_deserializer_refuses_garbage_with_a_stable_code_and_no_parser_text() -> None:
    parse = checking_deserializer(struct_pb2.Struct.FromString, check_text=True)
    rejected = parse(b"\xff\xff")
    assert isinstance(rejected, RejectedRequest)
    assert rejected.error.code == "invalid_message"
    assert "Decode" not in rejected.error.message


def test_deserializer_checks_text_only_when_asked() -> None:
    raw = struct(name="a\x00").SerializeToString()
    refused = checking_deserializer(struct_pb2.Struct.FromString, check_text=True)(raw)
    assert isinstance(refused, RejectedRequest) and refused.error.code == "invalid_text"
    kept = checking_deserializer(struct_pb2.Struct.FromString, check_text=False)(raw)
    assert isinstance(kept, struct_pb2.Struct) and kept["name"] == "a\x00"
