"""municipality regions: identity-svc's copy of which region each municipality lies in

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "identity"


def upgrade() -> None:
    op.create_table(
        "municipality_regions",
        sa.Column("municipality_id", sa.UUID(), nullable=False),
        sa.Column("region_code", sa.String(2), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("municipality_id", name="pk_municipality_regions"),
        schema=SCHEMA,
    )
    op.create_index(
        "ix_municipality_regions_region_code",
        "municipality_regions",
        ["region_code"],
        schema=SCHEMA,
    )


def downgrade() -> None:
    op.drop_table("municipality_regions", schema=SCHEMA)
