import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { QueryState } from "../components/Loading";
import { filtersFrom } from "../catalogFilters";
import { countsForLabel } from "../eligibility";
import { formatDate, formatNumber, formatRubles, formatZet } from "../format";
import { CatalogReferencesDocument, CatalogSearchDocument } from "../generated/graphql";
import { ELEMENT_KINDS, KIND_TABS } from "../labels";
import { CatalogFilterForm } from "./CatalogFilterForm";

const PAGE_SIZE = 10;

export default function Catalog() {
  const [params, setParams] = useSearchParams();
  const { query, filters, sort } = filtersFrom(params);
  // Cursors of the pages before the current one (the API pages forward only).
  const [cursors, setCursors] = useState<(string | null)[]>([]);
  const after = cursors.length ? cursors[cursors.length - 1] : null;
  const [search] = useQuery({
    query: CatalogSearchDocument,
    variables: { query, filters, sort, first: PAGE_SIZE, after },
    requestPolicy: "cache-and-network",
  });
  const [references] = useQuery({ query: CatalogReferencesDocument });
  const connection = search.data?.catalog;
  const counts = new Map((connection?.countsByKind ?? []).map((c) => [c.kind, c.count]));

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setCursors([]);
    setParams(next);
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: String(new FormData(event.currentTarget).get("q") ?? "").trim() || null });
  }

  return (
    <section>
      <h1>Каталог</h1>
      <form role="search" onSubmit={submitSearch} className="search">
        <label htmlFor="catalog-q">Поиск по каталогу</label>
        <input id="catalog-q" name="q" type="search" defaultValue={query} placeholder="Например, кардиология" />
        <button type="submit" className="primary">Найти</button>
      </form>
      <div role="tablist" aria-label="Вид элемента" className="tabs">
        <button type="button" role="tab" aria-selected={!filters.kind} onClick={() => update({ kind: null })}>
          Все ({formatNumber([...counts.values()].reduce((a, b) => a + b, 0))})
        </button>
        {KIND_TABS.map(([kind, label]) => (
          <button key={kind} type="button" role="tab" aria-selected={filters.kind === kind} onClick={() => update({ kind })}>
            {label} ({formatNumber(counts.get(kind as never) ?? 0)})
          </button>
        ))}
      </div>
      <div className="catalog-layout">
        <CatalogFilterForm params={params} references={references.data} providers={connection?.edges.map((e) => e.node) ?? []} onApply={update} />
        <div className="results" aria-live="polite">
          <QueryState fetching={search.fetching} error={search.error} hasData={Boolean(search.data)} />
          {connection ? (
            <p className="muted" data-testid="total">
              Найдено: {formatNumber(connection.totalCount)}{connection.countsCapped ? " и более" : ""}
            </p>
          ) : null}
          <ol className="cards" aria-label="Результаты поиска">
            {connection?.edges.map(({ node }) => (
              <li key={node.id} className="card element" data-testid="element">
                <h2>
                  <Link to={`/catalog/${node.id}`}>{node.title}</Link>
                  {node.multiplier > 1 ? <> <span className="badge" title="Засчитывается в нескольких циклах">x{node.multiplier}</span></> : null}
                </h2>
                <p className="muted">
                  {ELEMENT_KINDS[node.kind]} · {formatZet(node.zet)} · {node.providerName}
                </p>
                <p>
                  {node.mainSpecialty?.name ?? ""}
                  {node.startsOn ? ` · с ${formatDate(node.startsOn)}` : ""}
                  {node.endsOn ? ` по ${formatDate(node.endsOn)}` : ""}
                  {" · "}
                  {node.free ? "бесплатно" : node.priceKopecks > 0 ? formatRubles(node.priceKopecks) : "платно"}
                  {node.rating > 0 ? ` · рейтинг ${node.rating.toLocaleString("ru-RU")}` : ""}
                </p>
                {node.countsForCycles.length > 0 ? <p className="ok" data-testid="counts-for">{countsForLabel(node.countsForCycles)}</p> : null}
              </li>
            ))}
          </ol>
          {connection && connection.edges.length === 0 ? <p>Ничего не найдено. Измените запрос или фильтры.</p> : null}
          <nav aria-label="Страницы" className="pager">
            <button type="button" disabled={!cursors.length} onClick={() => setCursors(cursors.slice(0, -1))}>Предыдущая страница</button>
            <span>Страница {cursors.length + 1}</span>
            <button
              type="button"
              disabled={!connection?.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}
            >
              Следующая страница
            </button>
          </nav>
        </div>
      </div>
    </section>
  );
}

