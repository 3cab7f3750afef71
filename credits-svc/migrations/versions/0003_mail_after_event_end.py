"""codes of an event are mailed once it is over: mail_outbox.send_after

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

S = "credits"


def upgrade() -> None:
    op.add_column("mail_outbox", sa.Column("send_after", sa.Date()), schema=S)


def downgrade() -> None:
    op.drop_column("mail_outbox", "send_after", schema=S)
