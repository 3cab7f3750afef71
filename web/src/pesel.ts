// PESEL and the physician's licence number (numer PWZ) checked in the browser before the form is
// sent: the same rules as cpd_platform.pesel and cpd_platform.pwz (SMK, rule set smk-2023), so a
// mistyped number is pointed out at once; identity-svc checks again.

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
// Month offset -> the century it stands for.
const CENTURIES: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

function digitsOf(raw: string, length: number): number[] | null {
  const text = raw.trim();
  return new RegExp(`^[0-9]{${length}}$`).test(text) ? [...text].map(Number) : null;
}

/** (10 − Σ wᵢ·dᵢ mod 10) mod 10 over the first ten digits, weights 1 3 7 9 1 3 7 9 1 3. */
export function peselCheckDigit(firstTen: number[]): number {
  const total = PESEL_WEIGHTS.reduce((sum, weight, i) => sum + weight * firstTen[i], 0);
  return (10 - (total % 10)) % 10;
}

/** The birth date a PESEL encodes (the century in the month), or null when there is no such day. */
export function peselBirthDate(digits: number[]): Date | null {
  const codedMonth = digits[2] * 10 + digits[3];
  const offset = codedMonth ? codedMonth - ((codedMonth - 1) % 20) - 1 : -1;
  const century = CENTURIES[offset];
  if (century === undefined) return null;
  const year = century + digits[0] * 10 + digits[1];
  const month = codedMonth - offset;
  const day = digits[4] * 10 + digits[5];
  const born = new Date(Date.UTC(year, month - 1, day));
  born.setUTCFullYear(year); // years below 100 are not moved to the 1900s
  return born.getUTCMonth() === month - 1 && born.getUTCDate() === day ? born : null;
}

export function isValidPesel(raw: string): boolean {
  const digits = digitsOf(raw, 11);
  return digits !== null && peselCheckDigit(digits) === digits[10] && peselBirthDate(digits) !== null;
}

/** Σ i·dᵢ over the six digits after the check digit (i = 1…6) mod 11. */
export function pwzCheckDigit(body: number[]): number {
  return body.reduce((sum, digit, i) => sum + (i + 1) * digit, 0) % 11;
}

/** 7 digits, the first the check digit: never 0 (nor 10, which no digit can be). */
export function isValidPwz(raw: string): boolean {
  const digits = digitsOf(raw, 7);
  if (digits === null) return false;
  const check = pwzCheckDigit(digits.slice(1));
  return check !== 0 && check !== 10 && check === digits[0];
}
