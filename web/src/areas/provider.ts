import { lazy } from "react";
import type { Area } from "./types";

/** The provider's office (NMO): its staff's elements, applications, results and event codes. */
export const providerArea: Area = {
  id: "provider",
  label: "Организация обучения",
  roles: ["provider_staff", "provider_admin"],
  home: "/provider",
  sections: [
    ["/provider", "Программы и мероприятия"],
    ["/provider/applications", "Заявки"],
    ["/provider/results", "Результаты"],
    ["/provider/codes", "Коды"],
    ["/provider/feedback", "Отзывы и обращения"],
  ],
  routes: [
    { path: "/provider", page: lazy(() => import("../pages/provider/Elements")) },
    { path: "/provider/applications", page: lazy(() => import("../pages/provider/Applications")) },
    { path: "/provider/results", page: lazy(() => import("../pages/provider/Results")) },
    { path: "/provider/codes", page: lazy(() => import("../pages/provider/Codes")) },
    { path: "/provider/feedback", page: lazy(() => import("../pages/provider/Feedback")) },
  ],
};
