"""Enums whose members carry the Russian text people see beside their stored value."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Labelled(StrEnum):
    """A StrEnum whose members are written `NAME = "value", "текст"`: the value is stored and
    sent, `text` is shown. Looking a member up by its value works as for any StrEnum."""

    _value_: str
    text: str

    # The default only lets a lookup by value (`Status("x")`) type-check; every member has a text.
    def __new__(cls, value: str, text: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.text = text
        return member
