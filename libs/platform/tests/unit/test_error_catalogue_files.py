"""The error catalogue's data files: every file is a section, and a malformed entry is refused."""

from __future__ import annotations

from importlib.resources import files

import pytest

from cpd_platform import error_catalogue
from cpd_platform.error_catalogue import entry_files
from cpd_platform.error_catalogue.entry import Channel, ErrorEntry


def test_every_data_file_is_read_as_a_section() -> None:
    data_files = {
        p.name for p in files(error_catalogue.__name__).iterdir() if p.name.endswith(".toml")
    }
    entries = sum(len(section) for _, section in error_catalogue.SECTIONS)
    assert len(data_files) == len(error_catalogue.SECTIONS)
    assert entries == len(error_catalogue.CATALOGUE)


def test_an_entry_is_built_from_its_table() -> None:
    table = {
        "code": "invalid_json",
        "http_status": 400,
        "channels": ["http"],
        "message": "Тело запроса не является JSON",
        "meaning": "HTTP 400: the request body is not JSON.",
        "operations": ["login", "register"],
    }
    assert entry_files._entry("x.toml", table) == ErrorEntry(
        "invalid_json",
        http_status=400,
        channels=(Channel.HTTP,),
        message="Тело запроса не является JSON",
        meaning="HTTP 400: the request body is not JSON.",
        operations="login register",
    )


@pytest.mark.parametrize(
    "change",
    [{"operations": "login register"}, {"channels": ["telegram"]}, {"status": "NOT_FOUND"}],
)
def test_a_malformed_entry_is_refused(change: dict[str, object]) -> None:
    table = {"code": "x", "channels": ["graphql"], "message": "m", "meaning": "m", **change}
    with pytest.raises((ValueError, TypeError)):
        entry_files._entry("x.toml", table)
