import { defineArea, section } from "./define";

/** The municipal operator's screens (ЭОРТ): the municipality's schools and quotas, candidates, refusals, reports. */
export const municipalityArea = defineArea({
  id: "municipality",
  label: "Муниципальный оператор",
  roles: ["municipal_operator"],
  home: "/municipality",
  screens: [
    section("/municipality", "Школы и квоты", () => import("../pages/municipality/Schools")),
    section("/municipality/candidates", "Кандидаты", () => import("../pages/municipality/Candidates")),
    section("/municipality/refusals", "Отказы", () => import("../pages/municipality/Refusals")),
    section("/municipality/reports", "Отчёты", () => import("../pages/municipality/Reports")),
  ],
});
