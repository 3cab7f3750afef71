import { describe, expect, it } from "vitest";
import { uploadRows, type BatchReply } from "./upload";
import type { ResultRow } from "./resultsCsv";

const row = (line: number): ResultRow => ({
  line, externalId: `r-${line}`, snils: "112-233-445 95", elementId: "e", completedOn: "2025-05-01", zet: 2,
  documentNumber: "", programCycleId: "",
});

describe("uploading a results file", () => {
  it("posts in batches, reports progress and pairs each line with its outcome", async () => {
    const progress: [number, number][] = [];
    const sizes: number[] = [];
    const report = await uploadRows([row(2), row(3), row(4)], async (records, index): Promise<BatchReply> => {
      sizes.push(records.length);
      if (index === 1) return { refused: { reasonCode: "batch_id_reused", message: "Пакет уже был" } };
      return { outcomes: [
        { externalId: "r-2", outcome: "ACCEPTED", recordId: "c2", reasonCode: "", message: "", daysLate: 4 },
        { externalId: "r-3", outcome: "REJECTED", recordId: null, reasonCode: "invalid_snils", message: "Неверный СНИЛС", daysLate: 0 },
      ] };
    }, (done, total) => progress.push([done, total]), 2);
    expect(sizes).toEqual([2, 1]);
    expect(progress).toEqual([[0, 3], [2, 3], [3, 3]]);
    expect(report.credited).toEqual([{ row: row(2), recordId: "c2", daysLate: 4, duplicate: false }]);
    expect(report.rejected.map((r) => [r.line, r.reasonCode, r.values.external_id])).toEqual([
      [3, "invalid_snils", "r-3"], [4, "batch_id_reused", "r-4"],
    ]);
  });
});
