"""Input checks every operation passes before any resolver or backend call.

- Strings: a NUL character or an unpaired surrogate in any string argument or variable (the
  storage behind the services cannot keep them) refuses the whole operation with the code
  `invalid_characters` and the place of the string, checked once per operation over the
  document's literal arguments and the raw variables.
- Dates: the `Date` scalar takes only an existing calendar date `YYYY-MM-DD`. A string that is
  not one does not fail the whole request as a coercion error: it reaches the field as an
  `InvalidInput`, and the field answers with a typed `UserError` (code `invalid_date`, the
  argument's path in the message and in `field`) when its result can be one, or with an error
  carrying that code otherwise. Values of the wrong type (a number for a date, an unknown enum
  value) stay standard GraphQL coercion errors with their path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from operator import methodcaller
from typing import Any

from graphql import (
    ArgumentNode,
    ExecutionResult,
    GraphQLError,
    GraphQLField,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    ListValueNode,
    ObjectValueNode,
    StringValueNode,
    ValueNode,
    VariableDefinitionNode,
    Visitor,
    visit,
)
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.extensions import SchemaExtension
from strawberry.types.scalar import ScalarDefinition

from gateway.errors import GatewayError

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# An unpaired UTF-16 surrogate (JSON "\ud800" decodes to one) or NUL.
_FORBIDDEN = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class InvalidInput:
    """A value of the right GraphQL type whose content is wrong; the field refuses it."""

    code: str
    message: str


def _parse_date(value: object) -> date | InvalidInput:
    if not isinstance(value, str):
        raise StrawberryInputCoercionError(
            f'Value cannot represent a Date: "{value}". Expected a string.'
        )
    if _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    shown = value if len(value) <= 40 else value[:40] + "…"
    return InvalidInput(
        code="invalid_date",
        message=f"Неверная дата «{shown}»: нужна существующая дата в виде ГГГГ-ММ-ДД",
    )


DATE_SCALAR = ScalarDefinition(
    name="Date",
    description="Date (isoformat)",
    specified_by_url=None,
    serialize=methodcaller("isoformat"),  # as strawberry's own Date
    parse_value=_parse_date,
    parse_literal=None,
    origin=date,
)


def has_forbidden_characters(value: str) -> bool:
    return _FORBIDDEN.search(value) is not None


# ---------------------------------------------------------------- invalid inputs at fields


def _invalid(value: object, path: str) -> tuple[str, InvalidInput] | None:
    if isinstance(value, InvalidInput):
        return path, value
    if isinstance(value, Mapping):
        for key, item in value.items():
            if found := _invalid(item, f"{path}.{key}"):
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if found := _invalid(item, f"{path}[{index}]"):
                return found
    return None


def _can_answer_user_error(field: GraphQLField) -> bool:
    result = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    return isinstance(result, GraphQLUnionType) and any(t.name == "UserError" for t in result.types)


Resolver = Callable[..., Any]


def _guarded(resolve: Resolver, user_error: Callable[[str, str, str], object] | None) -> Resolver:
    def guarded(root: Any, info: Any, **kwargs: Any) -> Any:
        for name, value in kwargs.items():
            if found := _invalid(value, name):
                path, invalid = found
                message = f"{invalid.message} (поле {path})"
                if user_error is not None:
                    return user_error(invalid.code, message, path)
                raise GatewayError(invalid.code, message, field=path)
        return resolve(root, info, **kwargs)

    return guarded


def guard_fields(schema: GraphQLSchema, user_error: Callable[[str, str, str], object]) -> None:
    """Wraps the resolver of every field that has arguments (fields without arguments are left
    untouched, so lists of rows pay nothing)."""
    for named in schema.type_map.values():
        if not isinstance(named, GraphQLObjectType) or named.name.startswith("__"):
            continue
        for field in named.fields.values():
            if field.args and field.resolve is not None:
                field.resolve = _guarded(
                    field.resolve, user_error if _can_answer_user_error(field) else None
                )


# ---------------------------------------------------------------- strings of any argument


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str) and has_forbidden_characters(key):
                yield f"{path}.{key!r}", key
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def _literal_strings(value: ValueNode, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, StringValueNode):
        yield path, value.value
    elif isinstance(value, ObjectValueNode):
        for field in value.fields:
            yield from _literal_strings(field.value, f"{path}.{field.name.value}")
    elif isinstance(value, ListValueNode):
        for index, item in enumerate(value.values):
            yield from _literal_strings(item, f"{path}[{index}]")


class _ArgumentStrings(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.bad: tuple[str, str] | None = None

    def enter_argument(self, node: ArgumentNode, *_: Any) -> object:
        return self._check(node.name.value, node.value)

    def enter_variable_definition(self, node: VariableDefinitionNode, *_: Any) -> object:
        if node.default_value is None:
            return self.SKIP
        return self._check(f"${node.variable.name.value}", node.default_value)

    def _check(self, name: str, value: ValueNode) -> object:
        for path, text in _literal_strings(value, name):
            if has_forbidden_characters(text):
                self.bad = (path, text)
                return self.BREAK
        return self.SKIP


def _may_hold_forbidden_literals(query: str | None) -> bool:
    """A literal can hold such a character only through a \\u escape or the character itself
    (which the lexer refuses, but cheaply checked anyway): most texts need no walk at all."""
    return query is None or "\\u" in query or has_forbidden_characters(query)


def forbidden_string(
    document: Any, variables: Mapping[str, Any] | None, query: str | None = None
) -> str | None:
    """The place of the first string with a NUL or an unpaired surrogate, or None."""
    for path, value in _strings(dict(variables or {}), "$"):
        if has_forbidden_characters(value):
            return path.replace("$.", "$", 1)
    if document is not None and _may_hold_forbidden_literals(query):
        visitor = _ArgumentStrings()
        visit(document, visitor)
        if visitor.bad is not None:
            return visitor.bad[0]
    return None


class RejectForbiddenStrings(SchemaExtension):
    """Refuses an operation with a NUL or an unpaired surrogate in any string it carries,
    before execution starts (so before any backend call)."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        place = forbidden_string(context.graphql_document, context.variables, context.query)
        if place is not None:
            context.result = ExecutionResult(
                data=None,
                errors=[
                    GraphQLError(
                        f"Недопустимые символы (NUL или непарный суррогат) в поле {place}",
                        extensions={"code": "invalid_characters", "field": place},
                    )
                ],
            )
        yield


__all__ = [
    "DATE_SCALAR",
    "InvalidInput",
    "RejectForbiddenStrings",
    "forbidden_string",
    "guard_fields",
    "has_forbidden_characters",
]
