"""The root Query and Mutation: each domain module contributes its own fields."""

from __future__ import annotations

from strawberry.tools import merge_types

from gateway.schema.catalog import CatalogMutation, CatalogQuery
from gateway.schema.credits import CreditsMutation, CreditsQuery
from gateway.schema.identity import IdentityMutation, IdentityQuery
from gateway.schema.pk_regional import PkRegionalMutation, PkRegionalQuery
from gateway.schema.plan import PlanMutation, PlanQuery

QUERIES: tuple[type, ...] = (IdentityQuery, CatalogQuery, PlanQuery, CreditsQuery, PkRegionalQuery)
MUTATIONS: tuple[type, ...] = (
    IdentityMutation,
    CatalogMutation,
    PlanMutation,
    CreditsMutation,
    PkRegionalMutation,
)

Query = merge_types("Query", QUERIES)
Mutation = merge_types("Mutation", MUTATIONS) if MUTATIONS else None
