import { defineArea, detail, section } from "./define";

/** Support staff: the queue of support requests, a request's thread, answers and resolving. */
export const supportArea = defineArea({
  id: "support",
  label: "Поддержка",
  roles: ["support", "admin"],
  home: "/support",
  screens: [
    section("/support", "Обращения", () => import("../pages/support/Queue")),
    detail("/support/:id", () => import("../pages/support/Request")),
  ],
});
