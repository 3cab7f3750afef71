import { lazy } from "react";
import type { Area } from "./types";

/** The specialist's personal account (NMO): open to every signed-in person. */
export const specialistArea: Area = {
  id: "specialist",
  label: "Личный кабинет специалиста",
  roles: [],
  home: "/",
  sections: [
    ["/", "Мои циклы"],
    ["/documents", "Документы"],
    ["/catalog", "Каталог"],
    ["/plan", "План"],
    ["/applications", "Заявки"],
    ["/codes", "Коды"],
    ["/credits", "Баллы"],
    ["/my-support", "Обращения"],
    ["/my-roles", "Роли"],
  ],
  routes: [
    { path: "/", page: lazy(() => import("../pages/Dashboard")) },
    { path: "/documents", page: lazy(() => import("../pages/Documents")) },
    { path: "/catalog", page: lazy(() => import("../pages/Catalog")) },
    { path: "/catalog/:id", page: lazy(() => import("../pages/ElementPage")) },
    { path: "/plan", page: lazy(() => import("../pages/Plan")) },
    { path: "/applications", page: lazy(() => import("../pages/Applications")) },
    { path: "/codes", page: lazy(() => import("../pages/Codes")) },
    { path: "/credits", page: lazy(() => import("../pages/Credits")) },
    { path: "/my-support", page: lazy(() => import("../pages/SupportRequests")) },
    { path: "/my-support/:id", page: lazy(() => import("../pages/SupportRequestsThread")) },
    { path: "/my-roles", page: lazy(() => import("../pages/Roles")) },
  ],
};
