import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CountChart, countBy } from "./CountChart";

describe("CountChart", () => {
  it("counts by label, the most frequent first", () => {
    expect(countBy(["болезнь", "увольнение", "болезнь"], (x) => x)).toEqual([
      { label: "болезнь", value: 2 },
      { label: "увольнение", value: 1 },
    ]);
  });

  it("shows each count as text and its bar against the largest", () => {
    const { container } = render(<CountChart title="Номера" counts={[{ label: "выдано", value: 4 }, { label: "свободно", value: 1 }]} />);
    expect(screen.getByText("Номера")).toBeTruthy();
    expect(screen.getByText("4")).toBeTruthy();
    const bars = [...container.querySelectorAll<HTMLElement>(".chart-actual")].map((bar) => bar.style.width);
    expect(bars).toEqual(["100%", "25%"]);
  });
});
