import { defineArea, section } from "./define";

/** Administrators: roles (grants, revocations, requests), the ФРМР extract and reviews. */
export const adminArea = defineArea({
  id: "admin",
  label: "Администрирование",
  roles: ["admin"],
  home: "/admin",
  screens: [
    section("/admin", "Роли", () => import("../pages/admin/Roles")),
    section("/admin/register", "Выписка ФРМР", () => import("../pages/admin/RegisterExtract")),
    section("/admin/reviews", "Отзывы", () => import("../pages/admin/Reviews")),
  ],
});
