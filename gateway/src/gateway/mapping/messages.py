"""GraphQL object types derived from protobuf messages, with their conversion (`from_pb`).

Like strawberry's pydantic integration derives a type and its conversion from one model, a type
here names its message once and declares only what differs from the default mapping:

    @protobuf_type
    class Provider(MessageType[catalog_pb2.Provider]):
        license_date: date | None        # a declared annotation overrides the derived one
    # a message field left out of GraphQL: @protobuf_type(exclude=("inn",))

    Provider.from_pb(reply.provider)     # -> Provider, every field converted

Every field of the message becomes a field, in the message's order, typed by default as:
string -> String (`id`, `*_id` -> ID, repeated `*_ids` -> [ID!]), integers -> Int, float and
double -> Float, bool -> Boolean, enum -> the GraphQL enum of `enums.protobuf_enum` (derived by
default when none was declared), message -> the `protobuf_type` of that message (declare it
first), repeated -> a list. A declared annotation is converted from the message field of the
same name (or `sources={"reason": "reason_message"}`) by its type: `date`/`datetime` parse ISO
strings; `X | None` gives null for an empty string, 0 or an unset message; an enum takes a
protobuf number or a string (its value, else its name in capitals); ID, str, int, float, bool
as is. `convert={"snils": format_snils}` runs a function on the raw value instead. Declared fields
with a resolver and ones with a default the message lacks are not converted. Descriptions default to the proto comments (proto_docs.py): the class docstring or
`description=` replaces the message's, `strawberry.field(description=…)` a field's.
"""

from __future__ import annotations

import dataclasses
import inspect
import keyword
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, ClassVar, Generic, Self, TypeVar, cast, get_args, get_origin, overload

import strawberry
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from strawberry.types.base import StrawberryList, StrawberryOptional
from strawberry.types.enum import StrawberryEnumDefinition
from strawberry.types.field import StrawberryField

from gateway.mapping.enums import enum_for
from gateway.mapping.proto_docs import field_doc, message_doc

M = TypeVar("M", bound=Message)
T = TypeVar("T", bound=type)

Convert = Callable[[Message], Any]

_BY_DESCRIPTOR: dict[str, type] = {}


class MessageType(Generic[M]):
    """Base of the types `protobuf_type` derives; the type argument names the message."""

    __protobuf__: ClassVar[Descriptor]
    __mapping__: ClassVar[_Mapping]

    @classmethod
    def from_pb(cls, message: M) -> Self:
        built: Self = cls.__mapping__.builder()(message)
        return built


@dataclasses.dataclass
class _Mapping:
    owner: type[MessageType[Any]]
    sources: Mapping[str, str]
    convert: Mapping[str, Callable[[Any], Any]]
    _built: dict[str, Convert] | None = None
    _builder: Callable[[Any], Any] | None = None

    def converters(self) -> dict[str, Convert]:
        # Built on first use: annotations may name types defined after this one.
        if self._built is None:
            self._built = _build(self.owner, self.sources, self.convert)
        return self._built

    def builder(self) -> Callable[[Any], Any]:
        """One function per type that reads every field and calls the constructor once: a
        dashboard converts thousands of messages, and a generic loop over converters costs
        several times more."""
        if self._builder is None:
            self._builder = _compile_builder(self.owner, self.converters())
        return self._builder


def _scalar(field: FieldDescriptor) -> Any:
    if field.type == FieldDescriptor.TYPE_STRING:
        ids = field.name == "id" or field.name.endswith("_id")
        return strawberry.ID if ids or (_repeated(field) and field.name.endswith("_ids")) else str
    if field.type == FieldDescriptor.TYPE_BOOL:
        return bool
    if field.type in (FieldDescriptor.TYPE_FLOAT, FieldDescriptor.TYPE_DOUBLE):
        return float
    if field.enum_type is not None:
        return enum_for(field.enum_type)
    if field.message_type is not None:
        found = _BY_DESCRIPTOR.get(field.message_type.full_name)
        if found is None:
            raise TypeError(
                f"{field.full_name}: declare the protobuf_type of {field.message_type.full_name}"
                " first, or declare or exclude the field"
            )
        return found
    if field.type == FieldDescriptor.TYPE_BYTES:
        raise TypeError(f"{field.full_name}: bytes have no default GraphQL type")
    return int


def _repeated(field: FieldDescriptor) -> bool:
    return bool(field.is_repeated)


def _derived_annotation(field: FieldDescriptor) -> Any:
    return list[_scalar(field)] if _repeated(field) else _scalar(field)  # type: ignore[misc]


def _with_description(value: Any, description: str | None) -> Any:
    if isinstance(value, StrawberryField):
        if value.description is None:
            value.description = description
        return value
    if value is dataclasses.MISSING:
        return strawberry.field(description=description)
    return strawberry.field(default=value, description=description)


def _declare_fields(
    cls: type, descriptor: Descriptor, exclude: Iterable[str], sources: Mapping[str, str]
) -> None:
    declared: dict[str, Any] = dict(inspect.get_annotations(cls))
    source_of = {python: sources.get(python, python) for python in declared}
    by_source = {source: python for python, source in source_of.items()}
    excluded = set(exclude)
    annotations: dict[str, Any] = {}
    for field in descriptor.fields:
        python = by_source.get(field.name, field.name)
        if field.name in excluded and python not in declared:
            continue
        annotation = declared.pop(python, None)
        annotations[python] = annotation or _derived_annotation(field)
        current = cls.__dict__.get(python, dataclasses.MISSING)
        setattr(cls, python, _with_description(current, field_doc(descriptor, field.name)))
    annotations.update(declared)  # declared fields the message does not have, at the end
    cls.__annotations__ = annotations


def _convert_value(target: Any, field: FieldDescriptor) -> Callable[[Any], Any]:
    if isinstance(target, StrawberryEnumDefinition):
        return _enum_converter(cast(type[Enum], target.wrapped_cls))
    if target is date:
        return date.fromisoformat
    if target is datetime:
        return datetime.fromisoformat
    if isinstance(target, type) and issubclass(target, MessageType):
        return target.from_pb
    if target in (str, int, float, bool) or target is strawberry.ID:
        return cast(Callable[[Any], Any], target)
    raise TypeError(f"{field.full_name}: no conversion to {target!r}; give one in `convert`")


def _enum_converter(enum: type[Enum]) -> Callable[[Any], Any]:
    def member(value: Any) -> Enum:
        if isinstance(value, str) and value.upper() in enum.__members__:
            try:
                return enum(value)
            except ValueError:
                return enum[value.upper()]
        return enum(value)

    # Values seen are few (an enum's); unknown ones raise and are not kept.
    known: dict[Any, Enum] = {}

    def convert(value: Any) -> Enum:
        found = known.get(value)
        if found is None:
            found = known[value] = member(value)
        return found

    return convert


def _field_converter(target: Any, field: FieldDescriptor) -> Convert:
    name = field.name
    if isinstance(target, StrawberryOptional):
        inner = _field_converter(target.of_type, field)
        if field.type == FieldDescriptor.TYPE_MESSAGE and not _repeated(field):
            return lambda message: inner(message) if message.HasField(name) else None
        return lambda message: inner(message) if getattr(message, name) else None
    if isinstance(target, StrawberryList):
        each = _convert_value(target.of_type, field)
        return lambda message: [each(item) for item in getattr(message, name)]
    one = _convert_value(target, field)

    def convert(message: Message) -> Any:
        return one(getattr(message, name))

    if _is_identity(target, field):
        convert.identity_of = name  # type: ignore[attr-defined]
    return convert


def _compile_builder(owner: type, converters: Mapping[str, Convert]) -> Callable[[Any], Any]:
    namespace: dict[str, Any] = {"owner": owner, "getattr": getattr}
    arguments = []
    for n, (python, convert) in enumerate(converters.items()):
        source = getattr(convert, "identity_of", None)
        if source is not None and source.isidentifier() and not keyword.iskeyword(source):
            arguments.append(f"{python}=message.{source}")
        else:
            namespace[f"convert_{n}"] = convert
            arguments.append(f"{python}=convert_{n}(message)")
    code = f"def build(message):\n    return owner({', '.join(arguments)})\n"
    exec(code, namespace)  # generated from field names only
    return cast(Callable[[Any], Any], namespace["build"])


_SAME = {
    FieldDescriptor.TYPE_STRING: (str, strawberry.ID),
    FieldDescriptor.TYPE_BOOL: (bool,),
    FieldDescriptor.TYPE_DOUBLE: (float,),
    FieldDescriptor.TYPE_FLOAT: (float,),
}
_INTEGERS = {
    FieldDescriptor.TYPE_INT32,
    FieldDescriptor.TYPE_INT64,
    FieldDescriptor.TYPE_UINT32,
    FieldDescriptor.TYPE_UINT64,
    FieldDescriptor.TYPE_SINT32,
    FieldDescriptor.TYPE_SINT64,
    FieldDescriptor.TYPE_FIXED32,
    FieldDescriptor.TYPE_FIXED64,
    FieldDescriptor.TYPE_SFIXED32,
    FieldDescriptor.TYPE_SFIXED64,
}


def _is_identity(target: Any, field: FieldDescriptor) -> bool:
    """Whether converting the field's value to `target` returns it unchanged."""
    if _repeated(field) or field.enum_type is not None:
        return False
    if field.type in _INTEGERS:
        return target is int
    return any(target is same for same in _SAME.get(field.type, ()))


def _custom(function: Callable[[Any], Any], name: str) -> Convert:
    return lambda message: function(getattr(message, name))


def _build(
    owner: type, sources: Mapping[str, str], convert: Mapping[str, Callable[[Any], Any]]
) -> dict[str, Convert]:
    descriptor: Descriptor = owner.__protobuf__  # type: ignore[attr-defined]
    converters: dict[str, Convert] = {}
    for graphql_field in owner.__strawberry_definition__.fields:  # type: ignore[attr-defined]
        python = graphql_field.python_name
        source = descriptor.fields_by_name.get(sources.get(python, python))
        if graphql_field.base_resolver is not None:
            continue
        if source is None:
            if graphql_field.default is dataclasses.MISSING and (
                graphql_field.default_factory is dataclasses.MISSING
            ):
                raise TypeError(f"{owner.__name__}.{python}: not in {descriptor.full_name}")
            continue
        if python in convert:
            converters[python] = _custom(convert[python], source.name)
        else:
            converters[python] = _field_converter(graphql_field.type, source)
    return converters


def _message_of(cls: type) -> Descriptor:
    for base in getattr(cls, "__orig_bases__", ()):
        if get_origin(base) is MessageType:
            message: type[Message] = get_args(base)[0]
            return cast(Descriptor, message.DESCRIPTOR)
    raise TypeError(f"{cls.__name__}: subclass MessageType[<the protobuf message>]")


def _derive(
    cls: T,
    name: str | None,
    description: str | None,
    exclude: Iterable[str],
    sources: Mapping[str, str],
    convert: Mapping[str, Callable[[Any], Any]],
) -> T:
    descriptor = _message_of(cls)
    _declare_fields(cls, descriptor, exclude, sources)
    cls.__protobuf__ = descriptor  # type: ignore[attr-defined]
    cls.__mapping__ = _Mapping(cls, sources, convert)  # type: ignore[attr-defined]
    text = description or cls.__doc__ or message_doc(descriptor)
    derived: Any = strawberry.type(cls, name=name, description=text)
    _BY_DESCRIPTOR.setdefault(descriptor.full_name, derived)
    return cast(T, derived)


@overload
def protobuf_type(cls: T, /) -> T: ...


@overload
def protobuf_type(
    *,
    name: str | None = None,
    description: str | None = None,
    exclude: Iterable[str] = (),
    sources: Mapping[str, str] | None = None,
    convert: Mapping[str, Callable[[Any], Any]] | None = None,
) -> Callable[[T], T]: ...


def protobuf_type(
    cls: T | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    exclude: Iterable[str] = (),
    sources: Mapping[str, str] | None = None,
    convert: Mapping[str, Callable[[Any], Any]] | None = None,
) -> T | Callable[[T], T]:
    """Class decorator (with or without options): a strawberry type derived from the message of
    its `MessageType[...]` base. `name` renames it in GraphQL; `exclude` leaves message fields
    out; `sources` maps a field to a message field of another name; `convert` gives a field's
    conversion from the raw value."""

    def decorate(declared: T) -> T:
        return _derive(declared, name, description, exclude, sources or {}, convert or {})

    return decorate(cls) if cls is not None else decorate
