import { lazy } from "react";
import type { Area } from "./types";

/** The regional operator's screens (ЭОРТ): campaign years and quotas, imports, allocation, reports. */
export const regionArea: Area = {
  id: "region",
  label: "Региональный оператор",
  roles: ["regional_operator"],
  home: "/region",
  sections: [
    ["/region", "Кампания и квоты"],
    ["/region/import", "Импорт структуры"],
    ["/region/allocation", "Распределение номеров"],
    ["/region/reports", "Отчёты"],
  ],
  routes: [
    { path: "/region", page: lazy(() => import("../pages/region/Campaign")) },
    { path: "/region/import", page: lazy(() => import("../pages/region/Import")) },
    { path: "/region/allocation", page: lazy(() => import("../pages/region/Allocation")) },
    { path: "/region/reports", page: lazy(() => import("../pages/region/Reports")) },
  ],
};
