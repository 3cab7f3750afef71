// The catalog's filters live in the address bar (shareable, back button works).
import type { CatalogFilters, CatalogSort, ElementKind, PriceFilter, SeatBasis } from "./generated/graphql";

export const FILTER_PARAMS = [
  "q", "kind", "specialty", "region", "provider", "from", "to", "form", "basis",
  "zetMin", "zetMax", "rating", "price", "seats", "sort",
] as const;

function int(value: string | null): number | null {
  if (!value) return null;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : null;
}

export function filtersFrom(params: URLSearchParams): { query: string; filters: CatalogFilters; sort: CatalogSort } {
  const get = (name: string) => params.get(name) || null;
  const rating = get("rating");
  return {
    query: params.get("q") ?? "",
    filters: {
      kind: get("kind") as ElementKind | null,
      specialtyCode: get("specialty"),
      regionCode: get("region"),
      providerId: get("provider"),
      startsFrom: get("from"),
      startsTo: get("to"),
      formOfStudy: get("form"),
      fundingBasis: get("basis") as SeatBasis | null,
      zetMin: int(get("zetMin")),
      zetMax: int(get("zetMax")),
      minRating: rating ? Number(rating) : null,
      price: get("price") as PriceFilter | null,
      withFreeSeats: params.get("seats") === "1",
    },
    sort: (get("sort") as CatalogSort | null) ?? "RELEVANCE",
  };
}
