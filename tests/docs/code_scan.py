"""Static scan of the sources for the stable error codes they can send (issue 20).

Finds, without importing anything:
- the code argument (the first, or `code=`) of a call to a DomainError subclass,
  `GatewayError`, `UserError`, `user_error`, `InvalidInput`, `BodyRefused` (its second);
- `super().__init__(code, …)` in subclasses of those classes (a subclass that keeps the
  constructor takes a code like its base);
- `extensions={"code": …}` of GraphQL errors, `(ERROR_CODE_METADATA_KEY, code)` trailers;
- the per-record, per-batch and code-redemption reasons: keys of module-level dicts whose name
  ends in `REJECTIONS`, and arguments of `rejection(…)` / `redemption_rejection(…)`.
A code given as a name is resolved through the module-level string constants of the files
scanned (imported constants included, by name) and `ERROR.code` of module-level errors. A code
that is a parameter of the enclosing function (or an f-string of one, `f"invalid_{field}"`)
makes that function a forwarder: the arguments of its callers are resolved instead (for an
`__init__`, the callers of its class). Anything else is reported as unresolved so that a new
way of sending a code cannot slip past the scan.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

CODE_TAKING = {
    "DomainError",
    "InvalidArgument",
    "NotFound",
    "AlreadyExists",
    "Conflict",
    "PermissionDenied",
    "Unauthenticated",
    "FailedPrecondition",
    "ResourceExhausted",
    "GatewayError",
    "UserError",
    "user_error",
    "InvalidInput",
    "rejection",
    "redemption_rejection",
}
# Calls whose code is not their first argument.
CODE_POSITION = {"BodyRefused": 1}


@dataclass(frozen=True)
class Found:
    code: str
    path: Path
    line: int


@dataclass(frozen=True)
class Unresolved:
    expression: str
    path: Path
    line: int


@dataclass(frozen=True)
class Forwarder:
    """A callable that sends the code it is given: its parameter at `index` (or `name`), maybe
    inside a template such as `invalid_{}`."""

    index: int
    name: str
    template: str


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST]


def _callee(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _base_name(base: ast.expr) -> str | None:
    if isinstance(base, ast.Name):
        return base.id
    if isinstance(base, ast.Attribute):
        return base.attr
    return None


def _error_subclasses(trees: list[ast.Module]) -> tuple[set[str], set[str]]:
    """(every subclass of a code-taking class, those that keep the base's constructor)."""
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    errors = set(CODE_TAKING) | set(CODE_POSITION)
    subclasses: set[str] = set()
    changed = True
    while changed:
        changed = False
        for node in classes:
            if node.name not in subclasses and any(_base_name(b) in errors for b in node.bases):
                subclasses.add(node.name)
                errors.add(node.name)
                changed = True
    keeping = {
        node.name
        for node in classes
        if node.name in subclasses
        and not any(
            isinstance(item, ast.FunctionDef) and item.name == "__init__" for item in node.body
        )
    }
    return subclasses, keeping


def _string_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        value = getattr(node, "value", None)
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            for target in targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = value.value
    return constants


def _code_argument(call: ast.Call, position: int) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "code":
            return keyword.value
    if len(call.args) > position and not isinstance(call.args[position], ast.Starred):
        return call.args[position]
    return None


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    )


def _enclosing(node: ast.AST, parents: dict[ast.AST, ast.AST], kind: type) -> ast.AST | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, kind):
            return node
    return None


def _code_expressions(
    module: _Module, code_taking: set[str], subclasses: set[str]
) -> Iterator[ast.expr]:
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call):
            name = _callee(node)
            argument = None
            if name in code_taking or name in CODE_POSITION:
                argument = _code_argument(node, CODE_POSITION.get(name or "", 0))
            elif _is_super_init(node):
                owner = _enclosing(node, module.parents, ast.ClassDef)
                if isinstance(owner, ast.ClassDef) and owner.name in subclasses:
                    argument = _code_argument(node, 0)
            if argument is not None:
                yield argument
            for keyword in node.keywords:
                if keyword.arg == "extensions" and isinstance(keyword.value, ast.Dict):
                    yield from _code_values(keyword.value)
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
            key = node.elts[0]
            if isinstance(key, ast.Name) and key.id == "ERROR_CODE_METADATA_KEY":
                yield node.elts[1]  # trailing metadata set by hand
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            named = [t.id for t in targets if isinstance(t, ast.Name)]
            if any(n.endswith("REJECTIONS") for n in named) and isinstance(node.value, ast.Dict):
                yield from (key for key in node.value.keys if key is not None)


def _code_values(mapping: ast.Dict) -> Iterator[ast.expr]:
    for key, value in zip(mapping.keys, mapping.values, strict=True):
        if isinstance(key, ast.Constant) and key.value == "code":
            yield value


def _parameter_template(
    expression: ast.expr, function: ast.FunctionDef | ast.AsyncFunctionDef
) -> Forwarder | None:
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    names += [a.arg for a in function.args.kwonlyargs]
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    template, parameter = "{}", expression
    if isinstance(expression, ast.JoinedStr):
        holes = [v for v in expression.values if isinstance(v, ast.FormattedValue)]
        if len(holes) != 1:
            return None
        parameter = holes[0].value
        template = "".join(
            "{}" if isinstance(v, ast.FormattedValue) else str(getattr(v, "value", ""))
            for v in expression.values
        )
    if isinstance(parameter, ast.Name) and parameter.id in names:
        return Forwarder(names.index(parameter.id), parameter.id, template)
    return None


def _literal(expression: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return expression.value
    if isinstance(expression, ast.Name | ast.Attribute):
        return constants.get(ast.unparse(expression))
    return None


def _error_constants(
    trees: Iterable[ast.Module], constants: dict[str, str], code_taking: set[str]
) -> dict[str, str]:
    """`NAME.code` of module-level `NAME = SomeError("code", …)`."""
    codes: dict[str, str] = {}
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                if _callee(node.value) not in code_taking:
                    continue
                argument = _code_argument(node.value, 0)
                code = None if argument is None else _literal(argument, constants)
                for target in node.targets:
                    if isinstance(target, ast.Name) and code is not None:
                        codes[f"{target.id}.code"] = code
    return codes


def _is_self_attribute(expression: ast.expr) -> bool:
    return (
        isinstance(expression, ast.Attribute)
        and isinstance(expression.value, ast.Name)
        and expression.value.id == "self"
    )


def _constructor_source(
    attribute: ast.expr, module: _Module
) -> tuple[ast.FunctionDef, ast.expr] | None:
    """(the class's `__init__`, the parameter assigned to `self.<attribute>` there)."""
    assert isinstance(attribute, ast.Attribute)
    owner = _enclosing(attribute, module.parents, ast.ClassDef)
    if not isinstance(owner, ast.ClassDef):
        return None
    for item in owner.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            for node in ast.walk(item):
                if (
                    isinstance(node, ast.Assign)
                    and any(ast.unparse(t) == ast.unparse(attribute) for t in node.targets)
                    and isinstance(node.value, ast.Name)
                ):
                    return item, node.value
    return None


def _forwarded_argument(call: ast.Call, forwarder: Forwarder) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == forwarder.name:
            return keyword.value
    if len(call.args) > forwarder.index:
        return call.args[forwarder.index]
    return None


def scan(paths: Iterable[Path]) -> tuple[list[Found], list[Unresolved]]:
    modules = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        modules.append(_Module(path, tree, parents))
    subclasses, keeping = _error_subclasses([m.tree for m in modules])
    code_taking = CODE_TAKING | keeping
    constants: dict[str, str] = {}
    for module in modules:
        constants.update(_string_constants(module.tree))
    constants.update(_error_constants((m.tree for m in modules), constants, code_taking))
    found: list[Found] = []
    unresolved: list[Unresolved] = []
    # (module, expression, template) still to resolve; a forwarder's callers add more.
    pending = [(m, e, "{}") for m in modules for e in _code_expressions(m, code_taking, subclasses)]
    seen: set[tuple[str, Forwarder]] = set()
    while pending:
        module, expression, template = pending.pop()
        code = _literal(expression, constants)
        if code is not None:
            found.append(Found(template.format(code), module.path, expression.lineno))
            continue
        function = _enclosing(expression, module.parents, ast.FunctionDef | ast.AsyncFunctionDef)
        assert function is None or isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        if function is not None and _is_self_attribute(expression):
            # `self._code` set from a constructor parameter: the class's callers give the code.
            function, expression = _constructor_source(expression, module) or (function, expression)
        forwarder = None if function is None else _parameter_template(expression, function)
        if function is None or forwarder is None:
            unresolved.append(Unresolved(ast.unparse(expression), module.path, expression.lineno))
            continue
        callee = function.name
        if callee == "__init__":
            owner = _enclosing(function, module.parents, ast.ClassDef)
            callee = owner.name if isinstance(owner, ast.ClassDef) else callee
        combined = Forwarder(forwarder.index, forwarder.name, template.format(forwarder.template))
        if (callee, combined) in seen:
            continue
        seen.add((callee, combined))
        for caller in modules:
            for node in ast.walk(caller.tree):
                if isinstance(node, ast.Call) and _callee(node) == callee:
                    argument = _forwarded_argument(node, combined)
                    if argument is not None:
                        pending.append((caller, argument, combined.template))
    return found, unresolved


def source_files(root: Path) -> list[Path]:
    folders = [*root.glob("*-svc/src"), root / "gateway/src", root / "libs/platform/src"]
    return sorted(path for folder in folders for path in folder.rglob("*.py"))
