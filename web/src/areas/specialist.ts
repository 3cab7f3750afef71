import { defineArea, detail, section } from "./define";

/** The specialist's personal account (NMO): open to every signed-in person. */
export const specialistArea = defineArea({
  id: "specialist",
  label: "Личный кабинет специалиста",
  roles: [],
  home: "/",
  screens: [
    section("/", "Мои циклы", () => import("../pages/Dashboard")),
    section("/documents", "Документы", () => import("../pages/Documents")),
    section("/catalog", "Каталог", () => import("../pages/Catalog")),
    detail("/catalog/:id", () => import("../pages/ElementPage")),
    section("/plan", "План", () => import("../pages/Plan")),
    section("/applications", "Заявки", () => import("../pages/Applications")),
    section("/codes", "Коды", () => import("../pages/Codes")),
    section("/credits", "Баллы", () => import("../pages/Credits")),
    section("/my-support", "Обращения", () => import("../pages/SupportRequests")),
    detail("/my-support/:id", () => import("../pages/SupportRequestsThread")),
    section("/my-roles", "Роли", () => import("../pages/Roles")),
  ],
});
