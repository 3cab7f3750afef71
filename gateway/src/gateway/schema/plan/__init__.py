"""Five-year cycles, documents, plans, applications and progress (plan-svc)."""

from gateway.schema.plan.cycles import RuleSet
from gateway.schema.plan.mutation import PlanMutation
from gateway.schema.plan.query import PlanQuery

__all__ = ["PlanMutation", "PlanQuery", "RuleSet"]
