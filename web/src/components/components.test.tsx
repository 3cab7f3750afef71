import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { groupBars } from "../progressChart";
import { BarChart } from "./BarChart";
import { ErrorMessage, userErrorOf } from "./Errors";
import { errorFor, formError, TextField } from "./Field";

afterEach(cleanup);

describe("BarChart", () => {
  it("writes the numbers out and marks what is met", () => {
    render(
      <BarChart
        title="По видам"
        bars={groupBars([
          { group: "PROGRAM", actualZet: 36, recommendedZet: 180 },
          { group: "EVENT_AND_MODULE", actualZet: 80, recommendedZet: 70 },
        ])}
      />,
    );
    expect(screen.getByText("По видам")).toBeTruthy();
    expect(screen.getByText("36 из 180 рекомендованных")).toBeTruthy();
    const rows = screen.getAllByRole("listitem");
    expect(rows.map((row) => row.className)).toEqual(["behind", "met"]);
  });
});

describe("typed errors next to their field", () => {
  const error = { __typename: "UserError", code: "INVALID_SNILS", message: "Неверный СНИЛС", field: "snils" };

  it("picks the UserError out of a union result", () => {
    expect(userErrorOf(error)?.message).toBe("Неверный СНИЛС");
    expect(userErrorOf({ __typename: "Registration" })).toBeNull();
  });

  it("shows it under the field it names, described by it", () => {
    render(<TextField label="СНИЛС" name="snils" error={errorFor(error, "snils")} />);
    const input = screen.getByLabelText("СНИЛС");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toBe("Неверный СНИЛС");
    expect(input.getAttribute("aria-describedby")).toContain(alert.id);
    expect(formError(error, "snils")).toBeNull();
    expect(formError(error, "email")).toBe(error);
  });

  it("says a lost connection in Russian", () => {
    render(<ErrorMessage error="Нет связи с сервером." />);
    expect(screen.getByRole("alert").textContent).toBe("Нет связи с сервером.");
  });
});
