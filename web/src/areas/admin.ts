import { lazy } from "react";
import type { Area } from "./types";

/** Administrators: roles (grants, revocations, requests), the ФРМР extract and reviews. */
export const adminArea: Area = {
  id: "admin",
  label: "Администрирование",
  roles: ["admin"],
  home: "/admin",
  sections: [
    ["/admin", "Роли"],
    ["/admin/register", "Выписка ФРМР"],
    ["/admin/reviews", "Отзывы"],
  ],
  routes: [
    { path: "/admin", page: lazy(() => import("../pages/admin/Roles")) },
    { path: "/admin/register", page: lazy(() => import("../pages/admin/RegisterExtract")) },
    { path: "/admin/reviews", page: lazy(() => import("../pages/admin/Reviews")) },
  ],
};
