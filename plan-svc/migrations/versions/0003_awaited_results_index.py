"""index of plan items by provider, kind and end: a provider's events awaiting results

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 16:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "plan"


def upgrade() -> None:
    op.create_index(
        "ix_plan_items_provider_kind_end",
        "plan_items",
        ["provider_id", "element_kind", "ends_on"],
        schema=S,
    )


def downgrade() -> None:
    op.drop_index("ix_plan_items_provider_kind_end", table_name="plan_items", schema=S)
