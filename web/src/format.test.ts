import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatRubles, formatSnils, plural } from "./format";

describe("Russian formats", () => {
  it("shows dates as DD.MM.YYYY", () => {
    expect(formatDate("2024-03-15")).toBe("15.03.2024");
    expect(formatDate(null)).toBe("");
  });
  it("groups thousands and shows roubles", () => {
    expect(formatNumber(12345).replace(/\s/g, " ")).toBe("12 345");
    expect(formatRubles(1234550).replace(/\s/g, " ")).toBe("12 345,50 ₽");
  });
  it("chooses the plural form", () => {
    const forms: [string, string, string] = ["заявка", "заявки", "заявок"];
    expect([1, 2, 5, 11, 21, 22, 112].map((n) => plural(n, forms))).toEqual([
      "заявка", "заявки", "заявок", "заявок", "заявка", "заявки", "заявок",
    ]);
  });
  it("formats SNILS as XXX-XXX-XXX YY", () => {
    expect(formatSnils("11223344595")).toBe("112-233-445 95");
    expect(formatSnils("123")).toBe("123");
  });
});
