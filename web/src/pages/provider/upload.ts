// Posting a results file in batches (the gateway's body limit keeps them small) and putting the
// acknowledgements back together with the file's lines.
import { inBatches, rowValues, type RejectedRow, type ResultRow } from "./resultsCsv";

export const BATCH_SIZE = 100;

export interface Outcome {
  externalId: string;
  outcome: string;
  recordId?: string | null;
  reasonCode: string;
  message: string;
  daysLate: number;
}

/** One batch's reply: its outcomes in order, or why the whole batch was refused. */
export type BatchReply = { outcomes: Outcome[] } | { refused: { reasonCode: string; message: string } };

export interface CreditedRow { row: ResultRow; recordId: string; daysLate: number; duplicate: boolean }

export interface UploadReport { credited: CreditedRow[]; rejected: RejectedRow[] }

export type PostBatch = (records: ResultRow[], index: number) => Promise<BatchReply>;

/** Posts `rows` batch after batch; `progress(done, total)` after each. */
export async function uploadRows(
  rows: ResultRow[], post: PostBatch, progress: (done: number, total: number) => void, size = BATCH_SIZE,
): Promise<UploadReport> {
  const report: UploadReport = { credited: [], rejected: [] };
  const batches = inBatches(rows, size);
  let done = 0;
  progress(0, rows.length);
  for (const [index, batch] of batches.entries()) {
    const reply = await post(batch, index);
    batch.forEach((row, position) => {
      const outcome = "outcomes" in reply ? reply.outcomes[position] : undefined;
      if (outcome && outcome.outcome !== "REJECTED" && outcome.recordId) {
        report.credited.push({ row, recordId: outcome.recordId, daysLate: outcome.daysLate, duplicate: outcome.outcome === "DUPLICATE" });
      } else {
        const why = "refused" in reply ? reply.refused : outcome ?? { reasonCode: "no_outcome", message: "Сервер не ответил на эту строку" };
        report.rejected.push({ line: row.line, values: rowValues(row), reasonCode: why.reasonCode, message: why.message });
      }
    });
    done += batch.length;
    progress(done, rows.length);
  }
  return report;
}
