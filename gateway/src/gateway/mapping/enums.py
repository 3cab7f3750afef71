"""GraphQL enums derived from protobuf enums, and one registry from protobuf enum to GraphQL enum.

Declare an empty enum class and decorate it; the members come from the protobuf descriptor:

    @protobuf_enum(catalog_pb2.ElementKind)
    class ElementKind(Enum):
        '''Optional: a docstring replaces the proto comment as the GraphQL description.'''

gives `enum ElementKind { PROGRAM EVENT MODULE }`: names without the `ELEMENT_KIND_` prefix,
`…_UNSPECIFIED` (the proto3 zero) dropped, values equal to the protobuf numbers (so
`ElementKind(message.kind)` converts and `ElementKind.PROGRAM.value` goes back), descriptions from
the proto comments unless `value_descriptions` says otherwise. Members are made at runtime, so
refer to them as `ElementKind["PROGRAM"]` or by protobuf number, not as attributes, in typed code.
`protobuf_type` (messages.py) finds the enum of an enum field here; an enum field whose protobuf
enum has no GraphQL enum yet gets one derived with default options.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, TypeVar

import strawberry
from google.protobuf.descriptor import EnumDescriptor

from gateway.mapping.proto_docs import enum_doc, enum_value_doc

E = TypeVar("E", bound=type[Enum])

_BY_DESCRIPTOR: dict[str, type[Enum]] = {}
_DECLARED: set[str] = set()


def _prefix(enum: EnumDescriptor) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum.name).upper() + "_"


def _described_values(
    enum: EnumDescriptor, value_descriptions: Mapping[str, str], exclude: Iterable[str]
) -> dict[str, Any]:
    prefix, excluded = _prefix(enum), set(exclude)
    members: dict[str, Any] = {}
    for value in enum.values:
        short = value.name.removeprefix(prefix)
        if (value.number == 0 and short == "UNSPECIFIED") or short in excluded:
            continue
        description = value_descriptions.get(short) or enum_value_doc(enum, value.name)
        members[short] = strawberry.enum_value(value.number, description=description)
    return members


def _derive(
    descriptor: EnumDescriptor,
    python_name: str,
    module: str,
    *,
    name: str | None = None,
    description: str | None = None,
    value_descriptions: Mapping[str, str] | None = None,
    exclude: Iterable[str] = (),
) -> type[Enum]:
    members = _described_values(descriptor, value_descriptions or {}, exclude)
    # The functional API: members cannot be added to a class that already exists.
    derived: type[Enum] = Enum(python_name, members, module=module)  # type: ignore[misc]
    text = description or enum_doc(descriptor)
    derived.__doc__ = text
    return strawberry.enum(derived, name=name, description=text)


def protobuf_enum(
    protobuf: Any,
    *,
    name: str | None = None,
    description: str | None = None,
    value_descriptions: Mapping[str, str] | None = None,
    exclude: Iterable[str] = (),
) -> Callable[[E], E]:
    """Class decorator: the GraphQL enum of `protobuf` (a generated enum such as
    `catalog_pb2.ElementKind`). `name` renames it in GraphQL; `exclude` drops values by short
    name; `description` or the class docstring replaces the proto comment."""

    def derive(declared: E) -> E:
        descriptor: EnumDescriptor = protobuf.DESCRIPTOR
        enum = _derive(
            descriptor,
            declared.__name__,
            declared.__module__,
            name=name,
            description=description or declared.__doc__,
            value_descriptions=value_descriptions,
            exclude=exclude,
        )
        # A declared enum replaces one derived by default; the first declared one stays.
        if descriptor.full_name not in _DECLARED:
            _DECLARED.add(descriptor.full_name)
            _BY_DESCRIPTOR[descriptor.full_name] = enum
        return enum  # type: ignore[return-value]

    return derive


def enum_for(descriptor: EnumDescriptor) -> type[Enum]:
    """The GraphQL enum of a protobuf enum: the declared one, else one derived by default."""
    found = _BY_DESCRIPTOR.get(descriptor.full_name)
    if found is None:
        found = _BY_DESCRIPTOR[descriptor.full_name] = _derive(
            descriptor, descriptor.name, __name__
        )
    return found
