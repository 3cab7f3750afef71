"""publish municipalities: a `pk_regional.municipality_registered` event in the outbox for every
municipality that existed before the event did (identity-svc keeps their regions from these)

Revision ID: 0004
Revises: 0003
"""

import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pk_regional_svc.domain.events import MUNICIPALITY_REGISTERED, municipality_registered
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    found = bind.execute(
        sa.text("SELECT id, region_code, name, kind FROM pk_regional.municipalities ORDER BY id")
    ).all()
    for row in found:
        payload = municipality_registered(
            Municipality(str(row.id), row.region_code, row.name, MunicipalityKind(row.kind))
        )
        bind.execute(
            sa.text(
                "INSERT INTO pk_regional.outbox (event_id, event_type, payload)"
                " VALUES (:event_id, :event_type, CAST(:payload AS jsonb))"
            ),
            {
                "event_id": str(uuid.uuid4()),
                "event_type": MUNICIPALITY_REGISTERED,
                "payload": json.dumps(payload, ensure_ascii=False),
            },
        )


def downgrade() -> None:
    # Published events stay published; nothing to undo.
    pass
