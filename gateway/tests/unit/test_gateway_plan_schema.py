"""Issue 12: one mutation adds a document (addCycle is gone); cycles and the ruleSets query show
a rule set's name, source act and numbers."""

from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType, get_named_type

from cpd.plan.v1 import plan_pb2
from gateway.schema.build import build_schema
from gateway.schema.plan import RuleSet
from gateway.settings import GatewaySettings


def test_documents_are_added_by_add_document_only() -> None:
    schema = build_schema(GatewaySettings())._schema
    mutation = schema.mutation_type
    assert mutation is not None
    assert "addDocument" in mutation.fields
    assert "addCycle" not in mutation.fields


def test_cycles_and_the_rule_sets_query_show_the_rule_set_with_source_and_numbers() -> None:
    schema = build_schema(GatewaySettings())._schema
    cycle = schema.get_type("Cycle")
    assert isinstance(cycle, GraphQLObjectType)
    rule_set = get_named_type(cycle.fields["ruleSet"].type)
    assert isinstance(rule_set, GraphQLObjectType) and rule_set.name == "RuleSet"
    for field in ("code", "title", "source", "targetZet", "yearlyProgramZet", "programMinZet"):
        assert field in rule_set.fields
    query = schema.query_type
    assert query is not None
    listed = query.fields["ruleSets"].type
    assert isinstance(listed, GraphQLNonNull) and isinstance(listed.of_type, GraphQLList)


def test_a_rule_set_without_a_yearly_recommendation_or_caps_shows_null() -> None:
    found = RuleSet.from_pb(
        plan_pb2.RuleSet(
            code="nmo-709n-144",
            version=1,
            title="Периодическая аккредитация (709н): 144 часа",
            source="приказ № 709н",
            effective_from="2022-03-01",
            cycle_years=5,
            target_zet=144,
            program_min_zet=72,
            event_and_module_cap_zet=72,
        )
    )
    assert (found.target_zet, found.program_min_zet, found.event_and_module_cap_zet) == (
        144,
        72,
        72,
    )
    assert found.yearly_program_zet is None and found.yearly_event_and_module_zet is None
