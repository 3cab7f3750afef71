"""The proto files' comments, read back from the stubs, as default GraphQL descriptions.

`buf lint` (COMMENTS) makes every proto message, field, enum and enum value documented, and the
generated `*_pb2.pyi` stubs carry those comments as docstrings. The runtime descriptors do not
(protoc leaves source info out of `*_pb2.py`), so the stub next to the module is parsed once.
A missing stub gives no descriptions rather than an error.
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
from functools import cache
from pathlib import Path

from google.protobuf.descriptor import Descriptor, EnumDescriptor, FileDescriptor

# Docs of one stub: class path ("Provider", "Outer.Inner", "_KindEnumTypeWrapper") -> name -> doc;
# the name "" is the class's own docstring.
StubDocs = dict[str, dict[str, str]]


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _body_docs(body: list[ast.stmt]) -> dict[str, str]:
    """`name: T` followed by a string literal: the literal documents the name. Repeated and
    message fields are properties whose docstring documents them."""
    docs: dict[str, str] = {}
    for statement in body:
        if isinstance(statement, ast.FunctionDef) and (doc := ast.get_docstring(statement)):
            docs[statement.name] = _tidy(doc)
    for previous, statement in itertools.pairwise(body):
        if (
            isinstance(previous, ast.AnnAssign)
            and isinstance(previous.target, ast.Name)
            and isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            docs[previous.target.id] = _tidy(statement.value.value)
    return docs


def _collect(body: list[ast.stmt], prefix: str, into: StubDocs) -> None:
    for statement in body:
        if isinstance(statement, ast.ClassDef):
            path = f"{prefix}{statement.name}"
            docs = _body_docs(statement.body)
            own = ast.get_docstring(statement)
            if own:
                docs[""] = _tidy(own)
            into[path] = docs
            _collect(statement.body, f"{path}.", into)


@cache
def _stub_docs(proto_file: str) -> StubDocs:
    module = proto_file.removesuffix(".proto").replace("/", ".") + "_pb2"
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return {}
    stub = Path(spec.origin).with_suffix(".pyi")
    if not stub.exists():
        return {}
    docs: StubDocs = {}
    _collect(ast.parse(stub.read_text(encoding="utf-8")).body, "", docs)
    return docs


def _path(full_name: str, file: FileDescriptor) -> str:
    return full_name.removeprefix(f"{file.package}.") if file.package else full_name


def message_doc(message: Descriptor) -> str | None:
    return _stub_docs(message.file.name).get(_path(message.full_name, message.file), {}).get("")


def field_doc(message: Descriptor, field_name: str) -> str | None:
    docs = _stub_docs(message.file.name)
    return docs.get(_path(message.full_name, message.file), {}).get(field_name)


def enum_doc(enum: EnumDescriptor) -> str | None:
    return _stub_docs(enum.file.name).get(_path(enum.full_name, enum.file), {}).get("")


def enum_value_doc(enum: EnumDescriptor, value_name: str) -> str | None:
    path = _path(enum.full_name, enum.file)
    outer, _, name = path.rpartition(".")
    wrapper = f"{outer}._{name}EnumTypeWrapper" if outer else f"_{name}EnumTypeWrapper"
    return _stub_docs(enum.file.name).get(wrapper, {}).get(value_name)
