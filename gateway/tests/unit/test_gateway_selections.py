"""Which nested fields a query asks for, through fragments: the gateway fetches the elements of
a list's rows in one batch only when they are asked for."""

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from gateway.schema.plan.elements import asks_for as _asks_for


def field(name: str, *selections: object) -> SelectedField:
    return SelectedField(
        name=name, directives={}, arguments={}, selections=list(selections), alias=None
    )


def test_a_nested_field_is_found_directly_and_through_fragments() -> None:
    direct = [field("credits", field("creditId"), field("element", field("title")))]
    assert _asks_for(direct, "credits", "element")
    inline = [
        InlineFragment(type_condition="PlanItem", selections=[field("element")], directives={})
    ]
    assert _asks_for(inline, "element")
    spread = [
        FragmentSpread(
            name="Rows",
            type_condition="Progress",
            directives={},
            selections=[field("credits", field("element"))],
        )
    ]
    assert _asks_for(spread, "credits", "element")


def test_fields_not_asked_for_are_not_found() -> None:
    assert not _asks_for([field("credits", field("creditId"))], "credits", "element")
    assert not _asks_for([field("element")], "credits", "element")
    assert not _asks_for([], "element")
