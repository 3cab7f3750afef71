// A campaign's two windows as people enter them (first and last day, Moscow time) and as the API
// takes them (RFC 3339 bounds, the end exclusive).

export interface WindowDays {
  questionnaireFrom: string;
  questionnaireTo: string;
  applicationsFrom: string;
  applicationsTo: string;
}

const MOSCOW = "+03:00";
const DAY_MS = 24 * 60 * 60 * 1000;
const MOSCOW_MS = 3 * 60 * 60 * 1000;

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** The API's bounds: the first day's midnight and the midnight after the last day, in Moscow. */
export function windowsInput(days: WindowDays) {
  return {
    questionnaireOpensAt: `${days.questionnaireFrom}T00:00:00${MOSCOW}`,
    questionnaireClosesAt: `${nextDay(days.questionnaireTo)}T00:00:00${MOSCOW}`,
    applicationsOpenAt: `${days.applicationsFrom}T00:00:00${MOSCOW}`,
    applicationsCloseAt: `${nextDay(days.applicationsTo)}T00:00:00${MOSCOW}`,
  };
}

/** The Moscow day (YYYY-MM-DD) of an RFC 3339 instant; with `exclusiveEnd`, the day before it. */
export function moscowDay(instant: string, exclusiveEnd = false): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return "";
  return new Date(ms + MOSCOW_MS - (exclusiveEnd ? 1 : 0)).toISOString().slice(0, 10);
}

/** The days of a stored campaign's windows. */
export function campaignDays(campaign: {
  questionnaireOpensAt: string; questionnaireClosesAt: string; applicationsOpenAt: string; applicationsCloseAt: string;
}): WindowDays {
  return {
    questionnaireFrom: moscowDay(campaign.questionnaireOpensAt),
    questionnaireTo: moscowDay(campaign.questionnaireClosesAt, true),
    applicationsFrom: moscowDay(campaign.applicationsOpenAt),
    applicationsTo: moscowDay(campaign.applicationsCloseAt, true),
  };
}

/** The usual windows for training in `year`: questionnaire 7–25 September and applications
 * 7–25 December of the year before (numbers are distributed in December before training). */
export function usualDays(year: number): WindowDays {
  const before = year - 1;
  return {
    questionnaireFrom: `${before}-09-07`,
    questionnaireTo: `${before}-09-25`,
    applicationsFrom: `${before}-12-07`,
    applicationsTo: `${before}-12-25`,
  };
}
