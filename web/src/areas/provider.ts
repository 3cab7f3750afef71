import { defineArea, section } from "./define";

/** The provider's office (NMO): its staff's elements, applications, results and event codes. */
export const providerArea = defineArea({
  id: "provider",
  label: "Организация обучения",
  roles: ["provider_staff", "provider_admin"],
  home: "/provider",
  screens: [
    section("/provider", "Программы и мероприятия", () => import("../pages/provider/Elements")),
    section("/provider/applications", "Заявки", () => import("../pages/provider/Applications")),
    section("/provider/results", "Результаты", () => import("../pages/provider/Results")),
    section("/provider/codes", "Коды", () => import("../pages/provider/Codes")),
    section("/provider/feedback", "Отзывы и обращения", () => import("../pages/provider/Feedback")),
  ],
});
