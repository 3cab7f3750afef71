"""elements carry the funding bases of their seats and those with a free seat (search filters
read them without a subquery per row)

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for name in ("seat_bases", "free_seat_bases"):
        op.add_column(
            "elements",
            sa.Column(name, postgresql.ARRAY(sa.Text), server_default="{}", nullable=False),
            schema="catalog",
        )
    op.execute(
        "UPDATE catalog.elements e SET"
        " seat_bases = COALESCE((SELECT array_agg(DISTINCT s.basis ORDER BY s.basis)"
        " FROM catalog.seats s WHERE s.element_id = e.id), '{}'),"
        " free_seat_bases = COALESCE((SELECT array_agg(DISTINCT s.basis ORDER BY s.basis)"
        " FROM catalog.seats s WHERE s.element_id = e.id AND s.free > 0), '{}')"
    )


def downgrade() -> None:
    for name in ("free_seat_bases", "seat_bases"):
        op.drop_column("elements", name, schema="catalog")
