"""Polish persons (SMK): PESEL instead of SNILS, and the licence number (PWZ)

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "identity"


def upgrade() -> None:
    op.alter_column("persons", "snils", nullable=True, schema=SCHEMA)
    op.add_column("persons", sa.Column("pesel", sa.String(11), nullable=True), schema=SCHEMA)
    op.add_column("persons", sa.Column("pwz", sa.String(7), nullable=True), schema=SCHEMA)
    op.create_unique_constraint("uq_persons_pesel", "persons", ["pesel"], schema=SCHEMA)
    # Exactly one register number identifies a person.
    op.create_check_constraint(
        "ck_persons_one_national_id",
        "persons",
        "(snils IS NULL) <> (pesel IS NULL)",
        schema=SCHEMA,
    )


def downgrade() -> None:
    op.drop_constraint("ck_persons_one_national_id", "persons", schema=SCHEMA)
    op.drop_constraint("uq_persons_pesel", "persons", schema=SCHEMA)
    op.drop_column("persons", "pwz", schema=SCHEMA)
    op.drop_column("persons", "pesel", schema=SCHEMA)
    op.alter_column("persons", "snils", nullable=False, schema=SCHEMA)
