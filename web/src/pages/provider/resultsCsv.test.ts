import { describe, expect, it } from "vitest";
import { inBatches, parseResultsCsv, rejectedCsv, snilsList, splitLine } from "./resultsCsv";

const ELEMENT = "0190a0a0-0000-7000-8000-00000000c001";

describe("the results CSV (the CLI's columns)", () => {
  it("reads rows with aliases, ; separators, Russian dates and a BOM", () => {
    const text = `\uFEFFexternal_id;SNILS;element_id;date;zet;document_number\nr-1;112-233-445 95;${ELEMENT};01.05.2025;36;"№ 12; A"\n\n`;
    const parsed = parseResultsCsv(text);
    expect(parsed.layoutError).toBeNull();
    expect(parsed.rows).toEqual([{
      line: 2, externalId: "r-1", snils: "112-233-445 95", elementId: ELEMENT, completedOn: "2025-05-01",
      zet: 36, documentNumber: "№ 12; A", programCycleId: "",
    }]);
  });

  it("keeps a line without a whole ZET number back with its reason and refuses a file without the columns", () => {
    const parsed = parseResultsCsv(`external_id,snils,element_id,completion_date,zet\nr-1,1,${ELEMENT},2025-05-01,два\nr-2,1,${ELEMENT},2025-05-01,2`);
    expect(parsed.rows.map((row) => row.externalId)).toEqual(["r-2"]);
    expect(parsed.bad).toEqual([expect.objectContaining({ line: 2, reasonCode: "invalid_zet" })]);
    expect(parseResultsCsv("external_id,snils\nr-1,1").layoutError).toContain("completion_date");
    expect(parseResultsCsv("").layoutError).toContain("пуст");
  });

  it("writes the rejected report with the line, the values and the reason, quoting what needs it", () => {
    const report = rejectedCsv(["external_id", "zet"], [
      { line: 3, values: { external_id: "b", zet: "1" }, reasonCode: "invalid_snils", message: "Неверный СНИЛС, проверьте" },
      { line: 2, values: { external_id: 'a"1', zet: "x" }, reasonCode: "invalid_zet", message: "ЗЕТ" },
    ]);
    expect(report).toBe('line,external_id,zet,reason_code,reason\r\n2,"a""1",x,invalid_zet,ЗЕТ\r\n3,b,1,invalid_snils,"Неверный СНИЛС, проверьте"\r\n');
  });

  it("splits quoted fields, batches and attendance lists", () => {
    expect(splitLine('a,"b,c",""', ",")).toEqual(["a", "b,c", ""]);
    expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(snilsList("snils\n112-233-445 95\r\n\n12345678901;")).toEqual(["112-233-445 95", "12345678901"]);
  });
});
