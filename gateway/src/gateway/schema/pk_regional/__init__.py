"""The regional personalised training model (pk-regional-svc)."""

from gateway.schema.pk_regional.mutation import PkRegionalMutation
from gateway.schema.pk_regional.places import Municipality
from gateway.schema.pk_regional.query import PkRegionalQuery

__all__ = ["Municipality", "PkRegionalMutation", "PkRegionalQuery"]
