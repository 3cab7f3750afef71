import { describe, expect, it } from "vitest";
import { campaignDays, usualDays, windowsInput } from "./campaignWindows";

describe("campaign windows", () => {
  it("sends the last day as the next Moscow midnight and reads it back", () => {
    const days = { questionnaireFrom: "2025-09-07", questionnaireTo: "2025-09-30", applicationsFrom: "2025-12-07", applicationsTo: "2025-12-31" };
    const input = windowsInput(days);
    expect(input.questionnaireClosesAt).toBe("2025-10-01T00:00:00+03:00");
    expect(input.applicationsCloseAt).toBe("2026-01-01T00:00:00+03:00");
    // The service answers in its own form (UTC here): the same days come back.
    expect(campaignDays({
      questionnaireOpensAt: "2025-09-06T21:00:00Z", questionnaireClosesAt: "2025-09-30T21:00:00Z",
      applicationsOpenAt: input.applicationsOpenAt, applicationsCloseAt: input.applicationsCloseAt,
    })).toEqual(days);
  });

  it("proposes September and December of the year before training", () => {
    expect(usualDays(2027)).toEqual({
      questionnaireFrom: "2026-09-07", questionnaireTo: "2026-09-25", applicationsFrom: "2026-12-07", applicationsTo: "2026-12-25",
    });
  });
});
