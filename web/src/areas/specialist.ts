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
  ],
};
