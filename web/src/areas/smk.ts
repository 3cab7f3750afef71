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
  sections: [
    ["/smk", t.myCard],
    ["/smk/wniosek", t.myApplication],
  ],
  routes: [
    { path: "/smk", page: lazy(() => import("../pages/smk/TraineeCard")) },
    { path: "/smk/wniosek", page: lazy(() => import("../pages/smk/QualificationApplication")) },
  ],
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

/** SMK: the voivodeship office's qualification proceedings (Polish). */
export const smkOfficeArea: Area = {
  id: "smk-office",
  label: t.officeArea,
  roles: ["smk_voivodeship_office"],
  home: "/smk-urzad",
  sections: [["/smk-urzad", t.qualification]],
  routes: [{ path: "/smk-urzad", page: lazy(() => import("../pages/smk/QualificationOffice")) }],
};
