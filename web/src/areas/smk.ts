import { lazy } from "react";
import { smkTexts } from "../texts/smk";
import type { Area } from "./types";

const t = smkTexts("pl");

/** SMK: the trainee's electronic training card (Polish). */
export const smkTraineeArea: Area = {
  id: "smk-trainee",
  label: t.traineeArea,
  roles: ["smk_trainee"],
  home: "/smk",
  sections: [["/smk", t.myCard]],
  routes: [{ path: "/smk", page: lazy(() => import("../pages/smk/TraineeCard")) }],
};

/** SMK: the supervisor's confirmations at their training units (Polish). */
export const smkSupervisorArea: Area = {
  id: "smk-supervisor",
  label: t.supervisorArea,
  roles: ["smk_supervisor"],
  home: "/smk-kierownik",
  sections: [["/smk-kierownik", t.confirmations]],
  routes: [{ path: "/smk-kierownik", page: lazy(() => import("../pages/smk/SupervisorReview")) }],
};

/** SMK: the exam centre's (CEM) PES applications (Polish). */
export const smkExamCentreArea: Area = {
  id: "smk-exam-centre",
  label: t.examCentreArea,
  roles: ["smk_exam_centre"],
  home: "/smk-cem",
  sections: [["/smk-cem", t.examApplications]],
  routes: [{ path: "/smk-cem", page: lazy(() => import("../pages/smk/ExamCentre")) }],
};
