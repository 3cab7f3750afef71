import { lazy } from "react";
import type { Area } from "./types";

/** The teacher's area (regional model, ЭОРТ): «Моя анкета», the number, the application, completion. */
export const teacherArea: Area = {
  id: "teacher",
  label: "Учитель",
  roles: ["teacher"],
  home: "/teacher",
  sections: [
    ["/teacher", "Моя анкета"],
    ["/teacher/number", "Номер и заявление"],
  ],
  routes: [
    { path: "/teacher", page: lazy(() => import("../pages/teacher/MyProfile")) },
    { path: "/teacher/number", page: lazy(() => import("../pages/teacher/MyNumber")) },
  ],
};
