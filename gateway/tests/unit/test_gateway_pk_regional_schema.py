"""The regional queries' optional arguments are nullable in the schema (clients may omit them or
send null), with the page size's default kept visible."""

from graphql import GraphQLNonNull

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
    "first",
    "profileIncompleteOnly",
    "notAnsweredOnly",
    "notGrantedOnly",
    "action",
    "filter",
    "decision",
}


def test_optional_arguments_of_regional_queries_are_nullable() -> None:
    query = build_schema(GatewaySettings())._schema.query_type
    assert query is not None
    for name in LISTS:
        arguments = query.fields[name].args
        optional = {a for a in arguments if a in OPTIONAL}
        assert "after" in optional and "first" in optional, name
        for argument in optional:
            assert not isinstance(arguments[argument].type, GraphQLNonNull), (name, argument)
        assert arguments["first"].default_value == 100
    filter_type = build_schema(GatewaySettings())._schema.get_type("RegionalFilter")
    assert filter_type is not None
    for field in filter_type.fields.values():  # type: ignore[attr-defined]
        assert not isinstance(field.type, GraphQLNonNull)
