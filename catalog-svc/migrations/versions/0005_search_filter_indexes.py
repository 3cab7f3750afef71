"""search: an index on the region of published elements, so a search in one region starts from
its elements instead of filtering every text match

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_elements_published_region",
        "elements",
        ["region_code"],
        schema="catalog",
        postgresql_where=sa.text("status = 'published'"),
    )


def downgrade() -> None:
    op.drop_index("ix_elements_published_region", table_name="elements", schema="catalog")
