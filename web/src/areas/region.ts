import { defineArea, section } from "./define";

/** The regional operator's screens (ЭОРТ): campaign years and quotas, imports, allocation, reports. */
export const regionArea = defineArea({
  id: "region",
  label: "Региональный оператор",
  roles: ["regional_operator"],
  home: "/region",
  screens: [
    section("/region", "Кампания и квоты", () => import("../pages/region/Campaign")),
    section("/region/import", "Импорт структуры", () => import("../pages/region/Import")),
    section("/region/allocation", "Распределение номеров", () => import("../pages/region/Allocation")),
    section("/region/reports", "Отчёты", () => import("../pages/region/Reports")),
  ],
});
