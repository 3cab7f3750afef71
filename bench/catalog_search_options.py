"""Catalog search options side by side (issue 16): the first page by relevance and the counts per
kind of the bench_catalog_search mix over the same 100,000-element catalog, each option measured
in the same run, one after the other, `--rounds` times; prints each round and the medians.

Options (each set up before its turn and removed after it, so no index helps another):
- current: catalog-svc's SearchRepository as committed;
- btree_gin: the same SQL with a composite GIN index (text + region, kind, audience, zet, rating);
- narrow: the same SQL over a narrow search table (the filter columns, title and tsvector);
- narrow+ts_rank: the narrow table ranked by ts_rank (no cover density);
- rum: a RUM index ordering by its rank in the index (`<=>`), counts apart, ties by id;
- bounded: the same SQL ranking only the first 1,000 matches (not exact);
- tantivy: an embedded Tantivy index (BM25, Russian stemmer; a typo matches title stems within
  1–2 edits), only when `tantivy` is importable (bench/tantivy_option.py).

`--packed` rewrites the elements table first (VACUUM FULL): the generator's UPDATE of every row
leaves it twice its size, and this says how much of an option's gain is only a packed table.

Talks to a private PostgreSQL only (no gRPC, no gateway): the figures are the database's and
the repository's share of a search. Not one of `make bench`'s benchmarks (a comparison, not a
target: about 15 minutes on a busy machine).

    uv run python bench/catalog_search_options.py [--elements 100000] [--rounds 3] [--packed]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from catalog_svc.adapters.search_repository import SearchRepository, _conditions
from catalog_svc.domain.element import ElementKind
from catalog_svc.domain.search import COUNT_CAP, Price, SearchFilters, SearchSort
from catalog_svc.main import MIGRATIONS
from cpd_platform.local_infra import LocalPostgres, asyncpg_url, ensure_database, free_port
from cpd_platform.migrations import upgrade_to_head

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_catalog_search import query_mix
from catalog_generator import generate
from closed_loop import Run
from figures import closed_loop, one_client

PAGE = 20
Search = Callable[[SearchFilters], Awaitable[object]]


def filters_of(item: dict[str, Any]) -> SearchFilters:
    """The mix's GraphQL filters as the repository's."""
    f = item["filters"]
    return SearchFilters(
        query=item["text"],
        specialty_code=f.get("specialtyCode"),
        region_code=f.get("regionCode"),
        kind=ElementKind(f["kind"].lower()) if "kind" in f else None,
        price=Price.FREE if f.get("price") == "FREE" else None,
        with_free_seats=f.get("withFreeSeats", False),
        starts_from=date.fromisoformat(f["startsFrom"]) if "startsFrom" in f else None,
        starts_to=date.fromisoformat(f["startsTo"]) if "startsTo" in f else None,
        zet_min=f.get("zetMin"),
        zet_max=f.get("zetMax"),
        min_rating=f.get("minRating", 0.0),
    )


class RewritingSession:
    """An AsyncSession whose statements are rewritten before they run: the repository's SQL
    over another table or with another rank function, without a copy of the repository."""

    def __init__(self, session: AsyncSession, replacements: list[tuple[str, str]]) -> None:
        self._session = session
        self._replacements = replacements

    async def execute(self, statement: Any, params: Any = None) -> Any:
        sql = str(statement.text)
        for old, new in self._replacements:
            sql = sql.replace(old, new)
        return await self._session.execute(text(sql), params)


@dataclass
class Option:
    name: str
    setup: list[str] = field(default_factory=list)
    teardown: list[str] = field(default_factory=list)
    replacements: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""

    async def search(self, engine: AsyncEngine, filters: SearchFilters) -> object:
        async with AsyncSession(engine) as session, session.begin():
            target: Any = (
                RewritingSession(session, self.replacements) if self.replacements else session
            )
            return await SearchRepository(target).find(filters, SearchSort.RELEVANCE, PAGE, "")


class RumOption(Option):
    """The page from a RUM index scan in rank order (`<=>`, smaller is better); rows tied with
    the page's last key are all read so that the order (key, id) stays a total order."""

    async def search(self, engine: AsyncEngine, filters: SearchFilters) -> object:
        params: dict[str, Any] = {}
        where = _conditions(filters, params, fuzzy=False)
        async with AsyncSession(engine) as session, session.begin():
            counts = await session.execute(
                text(
                    "SELECT m.kind, count(*) FROM (SELECT e.kind FROM catalog.elements e"
                    f" WHERE {' AND '.join(where)} LIMIT {COUNT_CAP + 1}) m GROUP BY m.kind"
                ),
                params,
            )
            if filters.kind:
                params["kind"] = filters.kind.value
                where.append("e.kind = :kind")
            limit = PAGE + 1
            while True:
                rows = list(
                    await session.execute(
                        text(
                            "SELECT e.id, e.search_vector <=> websearch_to_tsquery('russian', :q)"
                            f" AS key FROM catalog.elements e WHERE {' AND '.join(where)}"
                            " ORDER BY e.search_vector <=> websearch_to_tsquery('russian', :q)"
                            " LIMIT :limit"
                        ),
                        {**params, "limit": limit},
                    )
                )
                if len(rows) < limit or rows[-1].key > rows[PAGE].key:
                    break
                limit *= 4
            page = sorted(rows, key=lambda row: (row.key, row.id))[: PAGE + 1]
            return list(counts), page


OPTIONS: list[Option] = [
    Option("current", note="ts_rank_cd over every match (as committed)"),
    Option(
        "btree_gin",
        setup=[
            "CREATE EXTENSION IF NOT EXISTS btree_gin",
            "CREATE INDEX ix_option_btree_gin ON catalog.elements USING gin"
            " (search_vector, region_code, kind, audience, zet, rating)",
            "ANALYZE catalog.elements",
        ],
        teardown=["DROP INDEX catalog.ix_option_btree_gin"],
        note="composite GIN: text + region, kind, audience, zet, rating",
    ),
    Option(
        "narrow",
        setup=[
            "CREATE TABLE catalog.option_narrow AS SELECT id, kind, status, region_code,"
            " provider_id, audience, specialty_codes, subject_codes, starts_on, ends_on,"
            " form_of_study, zet, rating, free, seat_bases, free_seat_bases, title,"
            " search_vector FROM catalog.elements ORDER BY id",
            "CREATE INDEX ON catalog.option_narrow USING gin (search_vector)",
            "CREATE INDEX ON catalog.option_narrow (region_code)",
            "CREATE INDEX ON catalog.option_narrow USING gin (specialty_codes)",
            "CREATE INDEX ON catalog.option_narrow USING gin (title gin_trgm_ops)",
            "VACUUM ANALYZE catalog.option_narrow",
        ],
        teardown=["DROP TABLE catalog.option_narrow"],
        replacements=[("catalog.elements e", "catalog.option_narrow e")],
        note="filter columns + tsvector only, freshly packed",
    ),
    Option(
        "narrow+ts_rank",
        setup=[],
        teardown=[],
        replacements=[
            ("catalog.elements e", "catalog.option_narrow e"),
            ("ts_rank_cd(", "ts_rank("),
        ],
        note="narrow table, ts_rank instead of ts_rank_cd (changes the order)",
    ),
    RumOption(
        "rum",
        setup=[
            "CREATE EXTENSION IF NOT EXISTS rum",
            "CREATE INDEX ix_option_rum ON catalog.elements USING rum"
            " (search_vector rum_tsvector_ops)",
            "ANALYZE catalog.elements",
        ],
        teardown=["DROP INDEX catalog.ix_option_rum"],
        note="rank in the index (RUM's ts_rank-like distance, changes the order)",
    ),
    Option(
        "bounded",
        replacements=[(") SELECT NULL::uuid", " LIMIT 1000) SELECT NULL::uuid")],
        note="ranks the first 1,000 matches only: not the true top 20",
    ),
]
# narrow+ts_rank shares narrow's table: it runs right after narrow, before the teardown.
OPTIONS[2].teardown, OPTIONS[3].teardown = [], OPTIONS[2].teardown


@dataclass
class Result:
    one: Run
    loaded: dict[int, Run]


async def measure_option(search: Search, mix: list[SearchFilters], seconds: float) -> Result:
    for filters in mix[:30]:
        await search(filters)
    one = await one_client(lambda n: search(mix[n % len(mix)]), len(mix))
    loaded = {}
    for clients in (4, 16):
        loaded[clients] = await closed_loop(lambda n: search(mix[n % len(mix)]), clients, seconds)
    return Result(one, loaded)


def row(name: str, results: list[Result], note: str) -> str:
    def med(values: list[float]) -> float:
        return statistics.median(values)

    p50 = med([r.one.p(0.5) for r in results])
    p95 = med([r.one.p(0.95) for r in results])
    p99 = med([r.one.p(0.99) for r in results])
    rps4 = med([r.loaded[4].rps for r in results])
    rps16 = med([r.loaded[16].rps for r in results])
    return f"| {name} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {rps4:.0f} | {rps16:.0f} | {note} |"


async def run_statements(engine: AsyncEngine, statements: list[str]) -> None:
    """DDL outside a transaction (VACUUM needs it)."""
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        for statement in statements:
            await autocommit.execute(text(statement))


async def pack(dsn: str) -> None:
    engine = create_async_engine(dsn)
    try:
        await run_statements(engine, ["VACUUM FULL ANALYZE catalog.elements"])
    finally:
        await engine.dispose()


async def run(dsn: str, rounds: int, seconds: float, tantivy_search: Search | None) -> None:
    engine = create_async_engine(dsn, pool_size=17)
    mix = [filters_of(item) for item in query_mix(300)]
    results: dict[str, list[Result]] = {}
    notes = {option.name: option.note for option in OPTIONS}
    try:
        for number in range(rounds):
            for option in OPTIONS:
                await run_statements(engine, option.setup)

                async def search(filters: SearchFilters, option: Option = option) -> object:
                    return await option.search(engine, filters)

                result = await measure_option(search, mix, seconds)
                results.setdefault(option.name, []).append(result)
                print(f"round {number + 1} {row(option.name, [result], '')}", flush=True)
                await run_statements(engine, option.teardown)
            if tantivy_search is not None:
                result = await measure_option(tantivy_search, mix, seconds)
                results.setdefault("tantivy", []).append(result)
                print(f"round {number + 1} {row('tantivy', [result], '')}", flush=True)
                notes["tantivy"] = "embedded BM25 index in the process, typo: fuzzy title stems"
    finally:
        await engine.dispose()
    print(
        f"\nmedians of {rounds} rounds, 1 client over {len(mix)} searches (ms), req/s at 4 and 16"
    )
    print("| option | p50 | p95 | p99 | req/s 4 | req/s 16 | note |")
    print("|---|---|---|---|---|---|---|")
    for name, option_results in results.items():
        print(row(name, option_results, notes[name]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--elements", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0, help="each closed loop")
    parser.add_argument("--packed", action="store_true", help="VACUUM FULL the elements first")
    args = parser.parse_args()
    Path(".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(".data").resolve()) as scratch:
        postgres = LocalPostgres(Path(scratch) / "pg", free_port(), fsync=False)
        postgres.start()
        try:
            dsn = asyncio.run(ensure_database(postgres.server_url, "cpd"))
            asyncio.run(upgrade_to_head(MIGRATIONS, dsn))
            plain = asyncpg_url(postgres.server_url, "cpd").replace("+asyncpg", "")
            print(f"catalog loaded: {asyncio.run(generate(plain, args.elements))}", flush=True)
            if args.packed:
                asyncio.run(pack(dsn))
            tantivy_search = None
            try:
                from tantivy_option import build_tantivy_search
            except ImportError:
                print("tantivy not installed: its option is skipped")
            else:
                folder = Path(scratch) / "tantivy"
                folder.mkdir()
                tantivy_search = asyncio.run(build_tantivy_search(plain, folder))
            asyncio.run(run(dsn, args.rounds, args.seconds, tantivy_search))
        finally:
            postgres.stop()


if __name__ == "__main__":
    main()
