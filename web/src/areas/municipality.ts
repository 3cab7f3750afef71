import { lazy } from "react";
import type { Area } from "./types";

/** The municipal operator's screens (ЭОРТ): the municipality's schools and quotas, candidates, refusals, reports. */
export const municipalityArea: Area = {
  id: "municipality",
  label: "Муниципальный оператор",
  roles: ["municipal_operator"],
  home: "/municipality",
  sections: [
    ["/municipality", "Школы и квоты"],
    ["/municipality/candidates", "Кандидаты"],
    ["/municipality/refusals", "Отказы"],
    ["/municipality/reports", "Отчёты"],
  ],
  routes: [
    { path: "/municipality", page: lazy(() => import("../pages/municipality/Schools")) },
    { path: "/municipality/candidates", page: lazy(() => import("../pages/municipality/Candidates")) },
    { path: "/municipality/refusals", page: lazy(() => import("../pages/municipality/Refusals")) },
    { path: "/municipality/reports", page: lazy(() => import("../pages/municipality/Reports")) },
  ],
};
