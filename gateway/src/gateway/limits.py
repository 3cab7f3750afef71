"""Depth and alias limits as validation rules that visit each fragment once.

A fragment spread twice in a fragment that is itself spread twice … doubles the work of a
walk that follows spreads afresh each time (strawberry's own limiters do): 25 such levels are
a few hundred tokens and 2^25 visits. Here each fragment's depth and alias count are computed
once per document and remembered, so the work is linear in the size of the document, which
the token limit bounds. A fragment met again while it is being measured (a cycle, which the
standard NoFragmentCycles rule reports) counts as empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from graphql import (
    ASTValidationRule,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
)

V = TypeVar("V")


class FragmentMeasure:
    """Depth, aliases and root field names of selection sets, memoised per fragment name."""

    def __init__(self, document: DocumentNode) -> None:
        self._fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self._depth: dict[str, int] = {}
        self._aliases: dict[str, int] = {}
        self._names: dict[str, frozenset[str] | None] = {}
        self._measuring: set[tuple[int, str]] = set()

    def depth(self, selections: SelectionSetNode | None) -> int:
        """Levels of fields below this selection set (introspection fields count as leaves)."""
        if selections is None:
            return 0
        deepest = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                if selection.name.value.startswith("__") or selection.selection_set is None:
                    level = 1
                else:
                    level = 1 + self.depth(selection.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                level = self.depth(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                level = self._fragment(selection.name.value, self._depth, self.depth, 0)
            else:  # pragma: no cover - no other selection kinds exist
                level = 0
            deepest = max(deepest, level)
        return deepest

    def aliases(self, selections: SelectionSetNode | None) -> int:
        """Aliased fields in this selection set, a fragment counted at every spread."""
        if selections is None:
            return 0
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += (1 if selection.alias else 0) + self.aliases(selection.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                total += self.aliases(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                total += self._fragment(selection.name.value, self._aliases, self.aliases, 0)
        return total

    def field_names(self, selections: SelectionSetNode) -> frozenset[str] | None:
        """Names of the fields of this selection set (an operation's: its root fields), through
        fragments; None when they cannot be known (a spread of an unknown fragment, or of one
        that is being walked: a cycle)."""
        names: set[str] = set()
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                names.add(selection.name.value)
                continue
            if isinstance(selection, InlineFragmentNode):
                inner = self.field_names(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                inner = self._fragment(selection.name.value, self._names, self.field_names, None)
            else:  # pragma: no cover - no other selection kinds exist
                return None
            if inner is None:
                return None
            names |= inner
        return frozenset(names)

    def _fragment(
        self,
        name: str,
        memo: dict[str, V],
        measure: Callable[[SelectionSetNode], V],
        unknown: V,
    ) -> V:
        """The fragment's measure, computed once; `unknown` for a missing fragment or a cycle."""
        if name in memo:
            return memo[name]
        fragment = self._fragments.get(name)
        key = (id(memo), name)
        if fragment is None or key in self._measuring:
            return unknown
        self._measuring.add(key)
        try:
            value = measure(fragment.selection_set)
        finally:
            self._measuring.discard(key)
        memo[name] = value
        return value


def _operations(context: ValidationContext) -> list[OperationDefinitionNode]:
    return [d for d in context.document.definitions if isinstance(d, OperationDefinitionNode)]


def depth_rule(max_depth: int) -> type[ASTValidationRule]:
    class MaxDepthRule(ASTValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            measure = FragmentMeasure(context.document)
            for operation in _operations(context):
                if measure.depth(operation.selection_set) > max_depth:
                    name = operation.name.value if operation.name else "anonymous"
                    context.report_error(
                        GraphQLError(
                            f"'{name}' exceeds maximum operation depth of {max_depth}",
                            operation,
                            extensions={"code": "query_too_deep"},
                        )
                    )

    return MaxDepthRule


def alias_rule(max_aliases: int) -> type[ASTValidationRule]:
    class MaxAliasesRule(ASTValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            measure = FragmentMeasure(context.document)
            total = sum(measure.aliases(o.selection_set) for o in _operations(context))
            if total > max_aliases:
                context.report_error(
                    GraphQLError(
                        f"{total} aliases found. Allowed: {max_aliases}",
                        extensions={"code": "too_many_aliases"},
                    )
                )

    return MaxAliasesRule
