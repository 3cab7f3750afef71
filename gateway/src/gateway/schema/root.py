"""The root Query and Mutation: each domain module contributes its own fields."""

from __future__ import annotations

import strawberry

from gateway.schema.catalog import CatalogMutation, CatalogQuery, FeedbackMutation, FeedbackQuery
from gateway.schema.credits import CreditsMutation, CreditsQuery
from gateway.schema.identity import (
    IdentityMutation,
    IdentityQuery,
    RoleRequestMutation,
    RoleRequestQuery,
    SupportMutation,
    SupportQuery,
)
from gateway.schema.pk_regional import PkRegionalMutation, PkRegionalQuery
from gateway.schema.plan import OverdueQuery, PlanMutation, PlanQuery, PortfolioQuery
from gateway.schema.provider_office import ProviderOfficeMutation, ProviderOfficeQuery
from gateway.schema.smk_qualification import SmkQualificationMutation, SmkQualificationQuery
from gateway.schema.smk_training import SmkTrainingMutation, SmkTrainingQuery

QUERIES: tuple[type, ...] = (
    IdentityQuery,
    RoleRequestQuery,
    SupportQuery,
    CatalogQuery,
    FeedbackQuery,
    PlanQuery,
    OverdueQuery,
    PortfolioQuery,
    CreditsQuery,
    ProviderOfficeQuery,
    PkRegionalQuery,
    SmkTrainingQuery,
    SmkQualificationQuery,
)
MUTATIONS: tuple[type, ...] = (
    IdentityMutation,
    RoleRequestMutation,
    SupportMutation,
    CatalogMutation,
    FeedbackMutation,
    PlanMutation,
    CreditsMutation,
    ProviderOfficeMutation,
    PkRegionalMutation,
    SmkTrainingMutation,
    SmkQualificationMutation,
)

# One class inheriting every module's fields (what strawberry.tools.merge_types does), with a
# description.
Query = strawberry.type(
    type("Query", QUERIES, {}),
    description="Reads: one's profile, the catalog, plans and progress, credits, and the"
    " regional model's campaigns and lists. Every field needs a bearer token.",
)
Mutation = strawberry.type(
    type("Mutation", MUTATIONS, {}),
    description="Changes. Expected failures come back as a `UserError` member of the field's"
    " result union, never as GraphQL errors; only register, login, refreshToken and"
    " requestPasswordReset work without a token.",
)
