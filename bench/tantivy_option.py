"""catalog_search_options' Tantivy option: the published elements in an embedded Tantivy
index (Russian stemmer and stop words on title and annotation, the title boosted 2.5 like
PostgreSQL's A/B weights 1.0/0.4, the filter columns as fast fields), searched in the bench's
process. Imports `tantivy`, which is not a project dependency: `uv pip install tantivy` into the
venv to measure it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import asyncpg
import tantivy  # type: ignore[import-not-found]
from tantivy import (  # type: ignore[import-not-found]
    Filter,
    Occur,
    Query,
    TextAnalyzerBuilder,
    Tokenizer,
)

from catalog_svc.domain.search import Price, SearchFilters

RU = "ru_stem"
KINDS = ("program", "event", "module")


def _schema() -> Any:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", tokenizer_name=RU)
    builder.add_text_field("annotation", tokenizer_name=RU)
    for name in ("region", "specialty", "status"):
        builder.add_text_field(name, tokenizer_name="raw")
    builder.add_text_field("kind", tokenizer_name="raw", fast=True)
    for name in ("zet", "starts_on", "ends_on"):
        builder.add_integer_field(name, indexed=True, fast=True)
    builder.add_float_field("rating", indexed=True, fast=True)
    for name in ("free", "free_seats"):
        builder.add_boolean_field(name, indexed=True, fast=True)
    return builder.build()


async def build_tantivy_search(dsn: str, folder: Path) -> Any:
    """Indexes the catalog into `folder` (an existing, empty folder) and returns the search."""
    schema = _schema()
    index = tantivy.Index(schema, path=str(folder))
    analyzer = (
        TextAnalyzerBuilder(Tokenizer.simple())
        .filter(Filter.lowercase())
        .filter(Filter.stopword("russian"))
        .filter(Filter.stemmer("russian"))
        .build()
    )
    index.register_tokenizer(RU, analyzer)
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch(
            "SELECT id, title, annotation, kind, region_code, specialty_codes, status, zet,"
            " starts_on, ends_on, rating, free, (kind = 'module' OR (kind = 'event' AND NOT free)"
            " OR cardinality(free_seat_bases) > 0) AS free_seats FROM catalog.elements"
        )
    finally:
        await connection.close()
    writer = index.writer(heap_size=200_000_000)
    for r in rows:
        document = tantivy.Document(
            id=str(r["id"]),
            title=r["title"],
            annotation=r["annotation"],
            kind=r["kind"],
            region=r["region_code"],
            specialty=list(r["specialty_codes"]),
            status=r["status"],
            zet=r["zet"],
            rating=float(r["rating"]),
            free=r["free"],
            free_seats=r["free_seats"],
        )
        if r["starts_on"] is not None:
            document.add_integer("starts_on", r["starts_on"].toordinal())
            document.add_integer("ends_on", r["ends_on"].toordinal())
        writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()
    print(f"tantivy: {searcher.num_docs} documents indexed", flush=True)

    def words_of(filters: SearchFilters) -> Any:
        words = " ".join(f"+{word}" for word in filters.query.split() if len(word) > 2)
        return index.parse_query(words, ["title", "annotation"], {"title": 2.5})

    def typo_words_of(filters: SearchFilters) -> Any:
        """Every stem of the query within 1 (short words) or 2 edits of a title's stem."""
        return Query.boolean_query(
            [
                (
                    Occur.Must,
                    Query.fuzzy_term_query(schema, "title", stem, 2 if len(stem) > 5 else 1),
                )
                for stem in analyzer.analyze(filters.query)
            ]
        )

    def query_of(filters: SearchFilters, kind: str | None, words: Any) -> Any:
        parts = [(Occur.Must, words), (Occur.Must, Query.term_query(schema, "status", "published"))]

        def term(name: str, value: Any) -> None:
            parts.append((Occur.Must, Query.term_query(schema, name, value)))

        def at_least(name: str, kind_: Any, low: Any, high: Any) -> None:
            parts.append((Occur.Must, Query.range_query(schema, name, kind_, low, high)))

        if kind:
            term("kind", kind)
        if filters.specialty_code:
            term("specialty", filters.specialty_code)
        if filters.region_code:
            term("region", filters.region_code)
        if filters.price is Price.FREE:
            term("free", True)
        if filters.with_free_seats:
            term("free_seats", True)
        if filters.starts_from or filters.starts_to:
            start = (filters.starts_from or date.min).toordinal()
            end = (filters.starts_to or date.max).toordinal()
            at_least("starts_on", tantivy.FieldType.Integer, 0, end)
            at_least("ends_on", tantivy.FieldType.Integer, start, 10**7)
        if filters.zet_min is not None:
            at_least("zet", tantivy.FieldType.Integer, filters.zet_min, filters.zet_max or 10**6)
        if filters.min_rating:
            at_least("rating", tantivy.FieldType.Float, filters.min_rating, 10.0)
        return Query.boolean_query(parts)

    def counts_of(filters: SearchFilters, words: Any) -> dict[str, int]:
        """One pass over the matches, bucketed by the kind's fast field."""
        buckets = searcher.aggregate(
            query_of(filters, None, words), {"kinds": {"terms": {"field": "kind"}}}
        )["kinds"]["buckets"]
        return {bucket["key"]: int(bucket["doc_count"]) for bucket in buckets}

    async def search(filters: SearchFilters) -> object:
        """Counts per kind and the first page; words matching nothing (a typo) are matched
        again fuzzily against the titles' stems."""
        words = words_of(filters)
        counts = counts_of(filters, words)
        if not any(counts.values()) and filters.query.strip():
            words = typo_words_of(filters)
            counts = counts_of(filters, words)
        kind = filters.kind.value if filters.kind else None
        page = searcher.search(query_of(filters, kind, words), limit=21, count=False).hits
        return counts, [searcher.doc(address)["id"][0] for _, address in page]

    return search
