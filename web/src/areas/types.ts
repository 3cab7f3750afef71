import type { ComponentType, LazyExoticComponent } from "react";

/** One screen of an area: its path (absolute, under the area's prefix) and its lazily loaded page. */
export interface AreaRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
}

/**
 * A part of the portal for one kind of work (the specialist's account, a provider's office, a
 * school's office…). A person sees the areas whose roles they hold and switches between them;
 * the services still check every call, the area only decides what is shown.
 */
export interface Area {
  id: string;
  /** Shown in the role switcher, e.g. "Организация обучения". */
  label: string;
  /** Realm roles that open the area (any of them); empty: every signed-in person. */
  roles: string[];
  /** Where the switcher leads; also the prefix that tells which area a path belongs to. */
  home: string;
  /** The navigation of the area: [path, label]. */
  sections: [string, string][];
  routes: AreaRoute[];
}
