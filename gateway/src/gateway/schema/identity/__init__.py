"""Persons, accounts and role grants (identity-svc, and the identity provider for logins)."""

from gateway.schema.identity.mutations import IdentityMutation
from gateway.schema.identity.queries import IdentityQuery
from gateway.schema.identity.role_requests import RoleRequestMutation, RoleRequestQuery
from gateway.schema.identity.support import SupportMutation, SupportQuery
from gateway.schema.identity.types import Person

__all__ = [
    "IdentityMutation",
    "IdentityQuery",
    "Person",
    "RoleRequestMutation",
    "RoleRequestQuery",
    "SupportMutation",
    "SupportQuery",
]
