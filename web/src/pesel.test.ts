import { describe, expect, it } from "vitest";
import { isValidPesel, isValidPwz, peselBirthDate, peselCheckDigit } from "./pesel";

// The same known numbers as libs/platform/tests/unit/test_pesel_and_pwz.py.
const withCheckDigit = (firstTen: string) => `${firstTen}${peselCheckDigit([...firstTen].map(Number))}`;

describe("PESEL", () => {
  it("accepts a known valid number and reads its birth date", () => {
    expect(isValidPesel("44051401359")).toBe(true);
    expect(peselBirthDate([..."44051401359"].map(Number))?.toISOString().slice(0, 10)).toBe("1944-05-14");
  });

  it("weighs the first ten digits 1 3 7 9 1 3 7 9 1 3; a sum ending in 0 gives 0", () => {
    expect(withCheckDigit("4405140135")).toBe("44051401359");
    expect(withCheckDigit("0000000000")).toBe("00000000000");
  });

  it.each([
    ["8281010000", "1882-01-01"],
    ["0201010000", "1902-01-01"],
    ["0221010000", "2002-01-01"],
    ["0241010000", "2102-01-01"],
    ["0261010000", "2202-01-01"],
    ["0432290000", "2004-12-29"],
  ])("reads the century from the month of %s", (firstTen, born) => {
    const pesel = withCheckDigit(firstTen);
    expect(isValidPesel(pesel)).toBe(true);
    expect(peselBirthDate([...pesel].map(Number))?.toISOString().slice(0, 10)).toBe(born);
  });

  it.each([
    ["44051401358", "wrong check digit"],
    ["4405140135", "ten digits"],
    ["440514013590", "twelve"],
    ["4405140135a", "a letter"],
    [withCheckDigit("4405320135"), "32 May"],
    ["", "empty"],
  ])("refuses %s (%s)", (raw) => {
    expect(isValidPesel(raw)).toBe(false);
  });
});

describe("PWZ", () => {
  it("accepts a known valid number", () => {
    expect(isValidPwz("5425740")).toBe(true);
  });

  it.each([
    ["6425740", "wrong check digit"],
    ["542574", "six digits"],
    ["54257400", "eight"],
    ["0000000", "the check digit is never 0"],
    ["542574a", "a letter"],
    ["", "empty"],
    ["9000009", "a body whose sum leaves 10 has no number"],
  ])("refuses %s (%s)", (raw) => {
    expect(isValidPwz(raw)).toBe(false);
  });
});
