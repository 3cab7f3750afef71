"""Five-year cycles, documents, plans, applications and progress (plan-svc)."""

from gateway.schema.plan.cycles import RuleSet
from gateway.schema.plan.mutation import PlanMutation
from gateway.schema.plan.portfolio import PortfolioQuery
from gateway.schema.plan.query import PlanQuery
from gateway.schema.plan.waiting import OverdueQuery

__all__ = ["OverdueQuery", "PlanMutation", "PlanQuery", "PortfolioQuery", "RuleSet"]
