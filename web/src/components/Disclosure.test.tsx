import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Disclosure } from "./Disclosure";

afterEach(cleanup);

describe("Disclosure", () => {
  it("builds its content only once opened", () => {
    let built = 0;
    const { container } = render(
      <Disclosure summary="Заполнить анкету">{() => { built += 1; return <p>Форма</p>; }}</Disclosure>,
    );
    expect(screen.getByText("Заполнить анкету")).toBeTruthy();
    expect(screen.queryByText("Форма")).toBeNull();
    expect(built).toBe(0);
    const details = container.querySelector("details") as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect(screen.getByText("Форма")).toBeTruthy();
  });
});
