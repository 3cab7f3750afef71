"""Documents, the cycles they open and the ФРМР register extract."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, exists, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named
from plan_svc.adapters.orm import (
    CycleRow,
    DocumentRow,
    RegisterExtractRow,
    RegisterRecordRow,
)
from plan_svc.domain.cycle import Cycle, Document, DocumentKind, normalise_document_number
from plan_svc.domain.frmr import RegisterRecord

# Fields stored as they are in the columns of the same names: a cycle's, a document's and a
# register record's.
_CYCLE_COLUMNS = "specialty_code document_date starts_on ends_on rule_set"
_DOCUMENT_COLUMNS = "specialty_code series number issued_on"
_RECORD_COLUMNS = "snils series number specialty_code issued_on"


def _cycle(row: CycleRow) -> Cycle:
    return Cycle(
        id=str(row.id),
        person_id=str(row.person_id),
        **same_named(row, _CYCLE_COLUMNS),
        document_kind=DocumentKind(row.document_kind),
        document_id=str(row.document_id) if row.document_id else None,
    )


def _document(row: DocumentRow) -> Document:
    return Document(
        id=str(row.id),
        person_id=str(row.person_id),
        **same_named(row, _DOCUMENT_COLUMNS),
        kind=DocumentKind(row.kind),
    )


class DocumentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find(
        self, person_id: str, kind: DocumentKind, series: str, number: str
    ) -> tuple[Document, str | None] | None:
        row = await self._session.scalar(
            select(DocumentRow).where(
                DocumentRow.person_id == uuid.UUID(person_id),
                DocumentRow.kind == kind.value,
                DocumentRow.series_key == normalise_document_number(series),
                DocumentRow.number_key == normalise_document_number(number),
            )
        )
        return None if row is None else (_document(row), row.snils)

    async def get_many(self, ids: Iterable[str]) -> dict[str, tuple[Document, str | None]]:
        rows = await self._session.scalars(
            select(DocumentRow).where(DocumentRow.id.in_(valid_uuids(ids)))
        )
        return {str(row.id): (_document(row), row.snils) for row in rows}

    async def add(self, document: Document, snils: str | None) -> None:
        self._session.add(
            DocumentRow(
                id=uuid.UUID(document.id),
                person_id=uuid.UUID(document.person_id),
                **same_named(document, _DOCUMENT_COLUMNS),
                kind=document.kind.value,
                series_key=normalise_document_number(document.series),
                number_key=normalise_document_number(document.number),
                snils=snils,
            )
        )
        await self._session.flush()


class CycleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, cycle_id: str) -> Cycle | None:
        found = await self.get_many([cycle_id])
        return found[0] if found else None

    async def get_many(self, ids: Iterable[str]) -> list[Cycle]:
        rows = await self._session.scalars(
            select(CycleRow).where(CycleRow.id.in_(valid_uuids(ids)))
        )
        return [_cycle(row) for row in rows]

    async def list_for_person(self, person_id: str) -> list[Cycle]:
        return (await self.list_for_persons([person_id])).get(person_id, [])

    async def list_with_documents(
        self, person_id: str
    ) -> list[tuple[Cycle, tuple[Document, str | None] | None]]:
        """The person's cycles, each with its document and the document's SNILS: one statement
        (every dashboard starts with them)."""
        rows = await self._session.execute(
            select(CycleRow, DocumentRow)
            .outerjoin(DocumentRow, DocumentRow.id == CycleRow.document_id)
            .where(CycleRow.person_id.in_(valid_uuids([person_id])))
            .order_by(CycleRow.starts_on, CycleRow.specialty_code)
        )
        return [
            (_cycle(cycle), None if document is None else (_document(document), document.snils))
            for cycle, document in rows
        ]

    async def list_for_persons(self, person_ids: Iterable[str]) -> dict[str, list[Cycle]]:
        rows = await self._session.scalars(
            select(CycleRow)
            .where(CycleRow.person_id.in_(valid_uuids(person_ids)))
            .order_by(CycleRow.starts_on, CycleRow.specialty_code)
        )
        found: dict[str, list[Cycle]] = {}
        for row in rows:
            found.setdefault(str(row.person_id), []).append(_cycle(row))
        return found

    async def add_if_absent(self, cycle: Cycle) -> None:
        await self._session.execute(
            insert(CycleRow)
            .values(
                id=uuid.UUID(cycle.id),
                person_id=uuid.UUID(cycle.person_id),
                **same_named(cycle, _CYCLE_COLUMNS),
                document_kind=cycle.document_kind.value,
                document_id=uuid.UUID(cycle.document_id) if cycle.document_id else None,
            )
            .on_conflict_do_nothing()
        )

    async def by_document(self, document_id: str) -> Cycle | None:
        row = await self._session.scalar(
            select(CycleRow).where(CycleRow.document_id == uuid.UUID(document_id))
        )
        return None if row is None else _cycle(row)


class RegisterRepository:
    """The local ФРМР extract."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def records_if_loaded(self, documents: Iterable[Document]) -> list[RegisterRecord] | None:
        """The extract's records of these documents' numbers; None while no extract is loaded
        (the documents are then "not checked"). One statement: whether an extract is loaded,
        joined with the matching records."""
        keys = {normalise_document_number(d.number) for d in documents}
        loaded = select(exists(select(RegisterExtractRow.id)).label("loaded")).subquery()
        rows = await self._session.execute(
            select(loaded.c.loaded, RegisterRecordRow).outerjoin(
                RegisterRecordRow, RegisterRecordRow.number_key.in_(keys)
            )
        )
        found = list(rows)
        if not found or not found[0].loaded:
            return None
        return [
            RegisterRecord(
                **same_named(row, _RECORD_COLUMNS),
                document_kind=DocumentKind(row.document_kind) if row.document_kind else None,
            )
            for _, row in found
            if row is not None
        ]

    async def replace(self, records: Sequence[RegisterRecord]) -> None:
        await self._session.execute(delete(RegisterRecordRow))
        values = [
            {
                **same_named(r, _RECORD_COLUMNS),
                "document_kind": r.document_kind.value if r.document_kind else None,
                "number_key": normalise_document_number(r.number),
            }
            for r in records
        ]
        for start in range(0, len(values), 1000):
            await self._session.execute(insert(RegisterRecordRow), values[start : start + 1000])
        self._session.add(RegisterExtractRow(records=len(values)))
        await self._session.flush()
