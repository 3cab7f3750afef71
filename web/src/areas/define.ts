import { lazy, type ComponentType } from "react";
import type { Area, AreaRoute } from "./types";

type PageModule = () => Promise<{ default: ComponentType }>;

/** A screen of an area: its path and lazily loaded page; with a label, also a navigation entry. */
export interface Screen extends AreaRoute {
  label?: string;
}

/** A screen listed in the area's navigation under `label`. */
export function section(path: string, label: string, load: PageModule): Screen {
  return { path, label, page: lazy(load) };
}

/** A screen reached from another one (a request, an element): routed, not listed. */
export function detail(path: string, load: PageModule): Screen {
  return { path, page: lazy(load) };
}

/** An area from its screens, each path written once: the navigation is the labelled screens in order. */
export function defineArea({ screens, ...area }: Omit<Area, "sections" | "routes"> & { screens: Screen[] }): Area {
  return {
    ...area,
    sections: screens.flatMap(({ path, label }): [string, string][] => (label === undefined ? [] : [[path, label]])),
    routes: screens.map(({ path, page }) => ({ path, page })),
  };
}
