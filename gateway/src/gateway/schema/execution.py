"""Execution of plain sub-selections without graphql-core's per-field machinery.

graphql-core resolves every field of every row through the general path: a resolve info, the
resolver, awaitable checks, completion by type, about 5–10 µs a field. A dashboard lists
hundreds of credit rows of ten fields each, so that path costs more than everything else in
the request together. Most of those fields are plain attribute reads of strawberry types
(strawberry's "basic" fields: no resolver, no extension, no arguments), completed as scalars,
enums, lists of them or objects of such fields.

`GatewayExecutionContext` compiles, once per request and selection, the sub-selection of an
object type whose every selected field is such a plain field into a list of steps (read the
attribute, serialize it), and builds the object's result dict with them. Anything else (a
resolver, arguments, directives other than @include/@skip, abstract types, middleware) takes
graphql-core's path, and so does any object whose values are not what the happy path expects
(a null in a non-null field, a value a scalar refuses): that path then reports the error
exactly as before. The results are identical; `test_gateway_execution.py` compares them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from graphql import (
    FieldNode,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    Undefined,
)
from graphql.pyutils import is_iterable
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.field import StrawberryField

Complete = Callable[[Any], Any]
Step = tuple[str, str | None, Any]
"""(response key, attribute to read or None for __typename, completion or the type name)"""

_PLAIN_DIRECTIVES = frozenset({"include", "skip"})


class _Fallback(Exception):
    """The value is not the happy path's: let graphql-core complete the object."""


class GatewayExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Compiled sub-selections by type and the identity of graphql-core's field details list
        # (kept referenced, so an id is never reused within the request).
        self._compiled: dict[tuple[str, int], tuple[Any, list[Step] | None]] = {}
        manager = self.middleware_manager
        self._plain = manager is None or not manager.middlewares

    def collect_and_execute_subfields(
        self,
        return_type: GraphQLObjectType,
        field_details_list: Any,
        path: Any,
        result: Any,
        position_context: Any,
    ) -> Any:
        steps = self._steps(return_type, field_details_list) if self._plain else None
        if steps is not None:
            try:
                return _build(steps, result)
            except Exception:  # graphql-core's path reports it
                pass
        return super().collect_and_execute_subfields(
            return_type, field_details_list, path, result, position_context
        )

    def _steps(self, return_type: GraphQLObjectType, field_details_list: Any) -> list[Step] | None:
        key = (return_type.name, id(field_details_list))
        found = self._compiled.get(key)
        if found is not None and found[0] is field_details_list:
            return found[1]
        steps = self._compile(return_type, field_details_list)
        self._compiled[key] = (field_details_list, steps)
        return steps

    def _compile(
        self, return_type: GraphQLObjectType, field_details_list: Any
    ) -> list[Step] | None:
        if return_type.is_type_of is not None:
            return None
        grouped, new_defer_usages, forbidden = self.collect_subfields(
            return_type, field_details_list
        )
        if new_defer_usages or forbidden:
            return None
        steps: list[Step] = []
        for key, details in grouped.items():
            nodes: list[FieldNode] = [d.node for d in details]
            if any(n.arguments or not _plain_directives(n) for n in nodes):
                return None
            name = nodes[0].name.value
            if name == "__typename":
                steps.append((key, None, return_type.name))
                continue
            field = return_type.fields.get(name)
            if field is None or field.args or not _basic(field.resolve, field.extensions):
                return None
            complete = self._completion(field.type, details)
            if complete is None:
                return None
            definition: StrawberryField = field.extensions["strawberry-definition"]
            steps.append((key, definition.python_name, complete))
        return steps

    def _completion(self, type_: GraphQLOutputType, details: Any) -> Complete | None:
        if isinstance(type_, GraphQLNonNull):
            inner = self._completion(type_.of_type, details)
            if inner is None:
                return None
            return lambda value: _fallback() if value is None else inner(value)
        nullable = self._nullable_completion(type_, details)
        if nullable is None:
            return None
        return lambda value: None if value is None else nullable(value)

    def _nullable_completion(self, type_: GraphQLOutputType, details: Any) -> Complete | None:
        if isinstance(type_, GraphQLScalarType | GraphQLEnumType):
            return _leaf(type_)
        if isinstance(type_, GraphQLList):
            item = self._completion(type_.of_type, details)
            if item is None:
                return None
            return lambda value: [item(v) for v in _iterable(value)]
        if isinstance(type_, GraphQLObjectType):
            steps = self._compile(type_, details)
            if steps is None:
                return None
            return lambda value: _build(steps, value)
        return None  # interfaces and unions resolve their type: graphql-core's path


def _build(steps: list[Step], source: Any) -> dict[str, Any]:
    built: dict[str, Any] = {}
    for key, attribute, complete in steps:
        if attribute is None:
            built[key] = complete
            continue
        value = getattr(source, attribute)
        if isinstance(value, Exception) or hasattr(value, "__await__"):
            _fallback()
        built[key] = complete(value)
    return built


def _leaf(type_: GraphQLScalarType | GraphQLEnumType) -> Complete:
    serialize = type_.serialize

    def complete(value: Any) -> Any:
        serialized = serialize(value)
        if serialized is Undefined or serialized is None:
            _fallback()
        return serialized

    return complete


def _iterable(value: Any) -> Any:
    if not is_iterable(value) or hasattr(value, "__aiter__"):
        _fallback()
    return value


def _fallback() -> Any:
    raise _Fallback


def _plain_directives(node: FieldNode) -> bool:
    return all(d.name.value in _PLAIN_DIRECTIVES for d in node.directives or ())


def _basic(resolve: Any, extensions: Mapping[str, Any] | None) -> bool:
    """strawberry's resolver of a basic field: an attribute read, nothing else."""
    definition = (extensions or {}).get("strawberry-definition")
    return (
        isinstance(definition, StrawberryField)
        and definition.is_basic_field
        and definition.default_resolver is getattr
        and getattr(resolve, "__name__", "") == "_get_basic_result"
    )
