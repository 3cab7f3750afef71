"""ratings and reviews of elements (one per person and element, the element keeping the
aggregate on a 10-point scale), and error reports on descriptions

The former `rating` (0 to 5) was a number nobody could change: the rating is now the average of
people's ratings, so it starts at 0 with no ratings.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _reference(name: str, target: str) -> sa.Column[Any]:
    """A required UUID column referencing `target` (schema.table.column)."""
    return sa.Column(name, postgresql.UUID(as_uuid=True), sa.ForeignKey(target), nullable=False)


def _create_newest_first_index(name: str, table: str, owner: str, at: str) -> None:
    """An owner's rows, newest `at` first, ties broken by id (a keyset for listing them)."""
    op.create_index(
        name, table, [owner, sa.text(f"{at} DESC"), sa.text("id DESC")], schema="catalog"
    )


def upgrade() -> None:
    op.add_column(
        "elements",
        sa.Column("rating_count", sa.Integer(), server_default="0", nullable=False),
        schema="catalog",
    )
    op.add_column(
        "elements",
        sa.Column("rating_total", sa.BigInteger(), server_default="0", nullable=False),
        schema="catalog",
    )
    op.drop_constraint("ck_elements_rating", "elements", schema="catalog", type_="check")
    op.execute("UPDATE catalog.elements SET rating = 0 WHERE rating <> 0")
    op.create_check_constraint(
        "ck_elements_rating", "elements", "rating >= 0 AND rating <= 10", schema="catalog"
    )
    op.create_check_constraint(
        "ck_elements_rating_count", "elements", "rating_count >= 0", schema="catalog"
    )
    op.create_table(
        "element_ratings",
        sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True),
        _reference("element_id", "catalog.elements.id"),
        sa.Column("person_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("hidden", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("answer", sa.Text(), server_default="", nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 10", name="ck_element_ratings_score"),
        sa.UniqueConstraint("element_id", "person_id", name="uq_element_ratings_person"),
        schema="catalog",
    )
    # The reviews of an element, newest change first (ListElementReviews' keyset).
    _create_newest_first_index(
        "ix_element_ratings_element_updated", "element_ratings", "element_id", "updated_at"
    )
    op.create_table(
        "error_reports",
        sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True),
        _reference("element_id", "catalog.elements.id"),
        _reference("provider_id", "catalog.providers.id"),
        sa.Column("person_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("idempotency_key", sa.String(100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), server_default="open", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True)),
        sa.Column("closed_by", sa.String(200), server_default="", nullable=False),
        sa.Column("resolution", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint("status IN ('open', 'closed')", name="ck_error_reports_status"),
        sa.UniqueConstraint("person_id", "idempotency_key", name="uq_error_reports_person_key"),
        schema="catalog",
    )
    # A provider's reports, newest first (ListErrorReports' keyset).
    _create_newest_first_index(
        "ix_error_reports_provider_created", "error_reports", "provider_id", "created_at"
    )


def downgrade() -> None:
    op.drop_table("error_reports", schema="catalog")
    op.drop_table("element_ratings", schema="catalog")
    op.drop_constraint("ck_elements_rating_count", "elements", schema="catalog", type_="check")
    op.drop_constraint("ck_elements_rating", "elements", schema="catalog", type_="check")
    op.create_check_constraint(
        "ck_elements_rating", "elements", "rating >= 0 AND rating <= 5", schema="catalog"
    )
    op.drop_column("elements", "rating_total", schema="catalog")
    op.drop_column("elements", "rating_count", schema="catalog")
