"""filled by operator: who filled a teacher's profile or questionnaire on their behalf

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 12:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "teachers",
        sa.Column("profile_filled_by", sa.String(length=64), server_default="", nullable=False),
        schema="pk_regional",
    )
    op.add_column(
        "questionnaire_answers",
        sa.Column("filled_by", sa.String(length=64), server_default="", nullable=False),
        schema="pk_regional",
    )


def downgrade() -> None:
    op.drop_column("questionnaire_answers", "filled_by", schema="pk_regional")
    op.drop_column("teachers", "profile_filled_by", schema="pk_regional")
