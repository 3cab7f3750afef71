import { smkTexts } from "../texts/smk";
import { defineArea, section } from "./define";

const t = smkTexts("pl");

/** SMK: the trainee's electronic training card (Polish). */
export const smkTraineeArea = defineArea({
  id: "smk-trainee",
  label: t.traineeArea,
  roles: ["smk_trainee"],
  home: "/smk",
  screens: [
    section("/smk", t.myCard, () => import("../pages/smk/TraineeCard")),
    section("/smk/wniosek", t.myApplication, () => import("../pages/smk/QualificationApplication")),
  ],
});

/** SMK: the supervisor's confirmations at their training units (Polish). */
export const smkSupervisorArea = defineArea({
  id: "smk-supervisor",
  label: t.supervisorArea,
  roles: ["smk_supervisor"],
  home: "/smk-kierownik",
  screens: [
    section("/smk-kierownik", t.confirmations, () => import("../pages/smk/SupervisorReview")),
  ],
});

/** SMK: the exam centre's (CEM) PES applications (Polish). */
export const smkExamCentreArea = defineArea({
  id: "smk-exam-centre",
  label: t.examCentreArea,
  roles: ["smk_exam_centre"],
  home: "/smk-cem",
  screens: [
    section("/smk-cem", t.examApplications, () => import("../pages/smk/ExamCentre")),
  ],
});

/** SMK: the voivodeship office's qualification proceedings (Polish). */
export const smkOfficeArea = defineArea({
  id: "smk-office",
  label: t.officeArea,
  roles: ["smk_voivodeship_office"],
  home: "/smk-urzad",
  screens: [
    section("/smk-urzad", t.qualification, () => import("../pages/smk/QualificationOffice")),
  ],
});
