"""The catalogue's data files: one TOML file per section, next to this module, each a list of
`[[error]]` tables whose keys are the fields of ErrorEntry (`channels` by their values,
`operations` as a list of names)."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any

from cpd_platform.error_catalogue.entry import Channel, ErrorEntry


def read_entries(file_name: str) -> tuple[ErrorEntry, ...]:
    """The entries of one data file of this package, in the file's order."""
    text = files(__name__.rpartition(".")[0]).joinpath(file_name).read_text(encoding="utf-8")
    return tuple(_entry(file_name, table) for table in tomllib.loads(text)["error"])


def _entry(file_name: str, table: dict[str, Any]) -> ErrorEntry:
    fields = dict(table, channels=tuple(Channel(channel) for channel in table["channels"]))
    if "operations" in table:
        if not isinstance(table["operations"], list):
            raise ValueError(f"{file_name}: {table['code']}: operations is a list of names")
        fields["operations"] = " ".join(table["operations"])
    return ErrorEntry(**fields)
