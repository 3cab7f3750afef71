import { defineArea, section } from "./define";

/** The teacher's area (regional model, ЭОРТ): «Моя анкета», the number, the application, completion. */
export const teacherArea = defineArea({
  id: "teacher",
  label: "Учитель",
  roles: ["teacher"],
  home: "/teacher",
  screens: [
    section("/teacher", "Моя анкета", () => import("../pages/teacher/MyProfile")),
    section("/teacher/number", "Номер и заявление", () => import("../pages/teacher/MyNumber")),
  ],
});
