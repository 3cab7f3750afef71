"""smk qualification proceedings: sessions with their windows, places per specialty,
voivodeship and mode, applications with variants, computed results per round, publications per
voivodeship (issue 18)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 20:49:16
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('qualification_sessions',
    sa.Column('id', sa.UUID(as_uuid=False), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=8), nullable=False),
    sa.Column('rules_version', sa.String(length=64), nullable=False),
    sa.Column('opens_on', sa.Date(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('round', sa.Integer(), server_default='0', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("term IN ('spring', 'autumn')", name='ck_qualification_sessions_term'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year', 'term', name='uq_qualification_sessions_year_term'),
    schema='pk_regional'
    )
    op.create_table('qualification_applications',
    sa.Column('id', sa.UUID(as_uuid=False), nullable=False),
    sa.Column('session_id', sa.UUID(as_uuid=False), nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=False),
    sa.Column('request_id', sa.String(length=128), nullable=False),
    sa.Column('exam_percent', sa.Numeric(), nullable=False),
    sa.Column('additional_points', sa.Numeric(), nullable=False),
    sa.Column('score', sa.Numeric(), nullable=False),
    sa.Column('variants', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['pk_regional.qualification_sessions.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('person_id', 'request_id', name='uq_qualification_applications_request'),
    schema='pk_regional'
    )
    op.create_index('uq_qualification_applications_standing', 'qualification_applications', ['session_id', 'person_id'], unique=True, schema='pk_regional', postgresql_where=sa.text('withdrawn_at IS NULL'))
    op.create_table('qualification_places',
    sa.Column('session_id', sa.UUID(as_uuid=False), nullable=False),
    sa.Column('specialty', sa.String(length=100), nullable=False),
    sa.Column('voivodeship', sa.String(length=2), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('unit_ids', postgresql.ARRAY(sa.Text()), server_default='{}', nullable=False),
    sa.CheckConstraint('places >= 0', name='ck_qualification_places_places'),
    sa.ForeignKeyConstraint(['session_id'], ['pk_regional.qualification_sessions.id'], ),
    sa.PrimaryKeyConstraint('session_id', 'specialty', 'voivodeship', 'mode', name='pk_qualification_places'),
    schema='pk_regional'
    )
    op.create_table('qualification_publications',
    sa.Column('session_id', sa.UUID(as_uuid=False), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('voivodeship', sa.String(length=2), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('published_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['pk_regional.qualification_sessions.id'], ),
    sa.PrimaryKeyConstraint('session_id', 'round', 'voivodeship', name='pk_qualification_publications'),
    schema='pk_regional'
    )
    op.create_table('qualification_results',
    sa.Column('session_id', sa.UUID(as_uuid=False), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.UUID(as_uuid=False), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('score', sa.Numeric(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('variant_index', sa.Integer(), nullable=True),
    sa.Column('specialty', sa.String(length=100), nullable=True),
    sa.Column('voivodeship', sa.String(length=2), nullable=True),
    sa.Column('mode', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['pk_regional.qualification_applications.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['pk_regional.qualification_sessions.id'], ),
    sa.PrimaryKeyConstraint('session_id', 'round', 'application_id', name='pk_qualification_results'),
    schema='pk_regional'
    )
    op.create_index('ix_qualification_results_application', 'qualification_results', ['application_id'], unique=False, schema='pk_regional')


def downgrade() -> None:
    for table in ("publications", "results", "places"):
        op.drop_table(f"qualification_{table}", schema="pk_regional")
    op.drop_index(
        "uq_qualification_applications_standing",
        table_name="qualification_applications",
        schema="pk_regional",
    )
    op.drop_table("qualification_applications", schema="pk_regional")
    op.drop_table("qualification_sessions", schema="pk_regional")
