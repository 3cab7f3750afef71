import { lazy } from "react";
import type { Area } from "./types";

/** Support staff: the queue of support requests, a request's thread, answers and resolving. */
export const supportArea: Area = {
  id: "support",
  label: "Поддержка",
  roles: ["support", "admin"],
  home: "/support",
  sections: [["/support", "Обращения"]],
  routes: [
    { path: "/support", page: lazy(() => import("../pages/support/Queue")) },
    { path: "/support/:id", page: lazy(() => import("../pages/support/Request")) },
  ],
};
