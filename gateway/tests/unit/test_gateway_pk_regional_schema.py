"""The regional lists' shape: Relay connections (edges, pageInfo, totalCount) with the page size
and cursor arguments every connection takes, optional filters nullable (clients may omit them
or send null), ids typed ID and the status/kind fields GraphQL enums."""

from graphql import (
    GraphQLEnumType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    get_named_type,
)

from gateway.schema.build import build_schema
from gateway.settings import GatewaySettings

LISTS = (
    "regionalSchools",
    "regionalTeachers",
    "questionnaireResponses",
    "candidates",
    "allocationReport",
    "uniqueNumbers",
    "regionalApplications",
    "completionDocuments",
    "regionalAudit",
)
OPTIONAL = {
    "regionCode",
    "municipalityId",
    "schoolId",
    "after",
    "profileIncompleteOnly",
    "notAnsweredOnly",
    "notGrantedOnly",
    "action",
    "filter",
    "decision",
}


def _schema() -> GraphQLSchema:
    return build_schema(GatewaySettings())._schema


def test_every_regional_list_is_a_relay_connection_with_optional_nullable_filters() -> None:
    query = _schema().query_type
    assert query is not None
    for name in LISTS:
        field = query.fields[name]
        arguments = field.args
        assert arguments["first"].default_value == 100, name
        for argument in {a for a in arguments if a in OPTIONAL} | {"after"}:
            assert not isinstance(arguments[argument].type, GraphQLNonNull), (name, argument)
        connection = get_named_type(field.type)
        assert isinstance(connection, GraphQLObjectType), name
        assert connection.name.endswith("Connection"), name
        assert {"edges", "pageInfo"} <= set(connection.fields), name
        edge = get_named_type(connection.fields["edges"].type)
        assert isinstance(edge, GraphQLObjectType) and set(edge.fields) == {"cursor", "node"}
        if name != "regionalAudit":
            assert "totalCount" in connection.fields, name


def test_the_filter_input_is_all_optional_with_ids_typed_id() -> None:
    filter_type = _schema().get_type("RegionalFilter")
    assert filter_type is not None
    for name, field in filter_type.fields.items():  # type: ignore[attr-defined]
        assert not isinstance(field.type, GraphQLNonNull), name
        if name.endswith("Id"):
            assert get_named_type(field.type).name == "ID", name


def test_ids_are_ids_and_statuses_and_kinds_are_enums() -> None:
    schema = _schema()
    for type_name in (
        "Municipality",
        "RegionalSchool",
        "RegionalTeacher",
        "NumberHolding",
        "RegionalApplication",
        "CompletionDocument",
        "AllocationOutcome",
        "AuditEvent",
    ):
        found = schema.get_type(type_name)
        assert isinstance(found, GraphQLObjectType), type_name
        for name, field in found.fields.items():
            named = get_named_type(field.type)
            if name == "id" or name.endswith(("Id", "Ids")):
                assert named.name == "ID", (type_name, name)
            if name in ("kind", "status", "reason", "decision"):
                assert isinstance(named, GraphQLEnumType), (type_name, name)


def test_the_operators_who_acted_are_person_ids() -> None:
    schema = _schema()
    for type_name, field_name in (
        ("Candidate", "decidedBy"),
        ("RegionalTeacher", "profileFilledBy"),
        ("QuestionnaireResponse", "filledBy"),
        ("AnswersPayload", "filledBy"),
        ("CompletionDocument", "recordedBy"),
    ):
        found = schema.get_type(type_name)
        assert isinstance(found, GraphQLObjectType), type_name
        assert get_named_type(found.fields[field_name].type).name == "ID", (type_name, field_name)
