import { describe, expect, it } from "vitest";
import { filtersFrom } from "./catalogFilters";

describe("catalog filters from the address", () => {
  it("reads every filter", () => {
    const { query, filters, sort } = filtersFrom(
      new URLSearchParams("q=кардиология&kind=PROGRAM&specialty=31.08.36&region=16&zetMin=18&zetMax=36&rating=4&price=FREE&seats=1&sort=START_DATE"),
    );
    expect(query).toBe("кардиология");
    expect(sort).toBe("START_DATE");
    expect(filters).toMatchObject({
      kind: "PROGRAM", specialtyCode: "31.08.36", regionCode: "16", zetMin: 18, zetMax: 36,
      minRating: 4, price: "FREE", withFreeSeats: true, providerId: null,
    });
  });
  it("ignores empty and malformed values", () => {
    const { filters, sort } = filtersFrom(new URLSearchParams("zetMin=abc&region="));
    expect(filters.zetMin).toBeNull();
    expect(filters.regionCode).toBeNull();
    expect(sort).toBe("RELEVANCE");
  });
});
