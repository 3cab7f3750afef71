import { lazy } from "react";
import type { Area } from "./types";

/** The school's office (regional model, ЭОРТ): the school operator acts; the head watches and appoints the operators. */
export const schoolArea: Area = {
  id: "school",
  label: "Школа: директор и оператор",
  roles: ["school_head", "school_operator"],
  home: "/school",
  sections: [
    ["/school", "Кандидаты"],
    ["/school/questionnaires", "Анкеты"],
    ["/school/numbers", "Номера"],
    ["/school/applications", "Заявления"],
    ["/school/completions", "Документы об обучении"],
    ["/school/operators", "Операторы школы"],
  ],
  routes: [
    { path: "/school", page: lazy(() => import("../pages/school/Candidates")) },
    { path: "/school/questionnaires", page: lazy(() => import("../pages/school/Questionnaires")) },
    { path: "/school/numbers", page: lazy(() => import("../pages/school/Numbers")) },
    { path: "/school/applications", page: lazy(() => import("../pages/school/Applications")) },
    { path: "/school/completions", page: lazy(() => import("../pages/school/Completions")) },
    { path: "/school/operators", page: lazy(() => import("../pages/school/Operators")) },
  ],
};
