import { defineArea, section } from "./define";

/** The school's office (regional model, ЭОРТ): the school operator acts; the head watches and appoints the operators. */
export const schoolArea = defineArea({
  id: "school",
  label: "Школа: директор и оператор",
  roles: ["school_head", "school_operator"],
  home: "/school",
  screens: [
    section("/school", "Кандидаты", () => import("../pages/school/Candidates")),
    section("/school/questionnaires", "Анкеты", () => import("../pages/school/Questionnaires")),
    section("/school/numbers", "Номера", () => import("../pages/school/Numbers")),
    section("/school/applications", "Заявления", () => import("../pages/school/Applications")),
    section("/school/completions", "Документы об обучении", () => import("../pages/school/Completions")),
    section("/school/operators", "Операторы школы", () => import("../pages/school/Operators")),
  ],
});
