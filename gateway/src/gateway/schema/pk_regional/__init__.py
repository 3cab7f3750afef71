"""The regional personalised training model (pk-regional-svc)."""

from gateway.schema.pk_regional.mutation import PkRegionalMutation
from gateway.schema.pk_regional.query import PkRegionalQuery
from gateway.schema.pk_regional.types import Municipality

__all__ = ["Municipality", "PkRegionalMutation", "PkRegionalQuery"]
