// The region's whole current lists, page after page (500 a page), for the import preview.
import type { Client } from "urql";
import {
  RegionMunicipalitiesDocument, RegionSchoolsPageDocument, RegionTeachersPageDocument,
} from "../../generated/graphql";
import type { KnownSchool, KnownTeacher } from "./importPreview";

interface Page<T> {
  items: T[];
  next: string | null;
}

async function allPages<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  do {
    const page: Page<T> = await fetchPage(after);
    items.push(...page.items);
    after = page.next;
  } while (after);
  return items;
}

function failed(error: unknown): never {
  throw new Error(`Не удалось прочитать текущие списки: ${String(error)}`);
}

const FRESH = { requestPolicy: "network-only" } as const;

export async function loadMunicipalities(client: Client, regionCode: string) {
  const reply = await client.query(RegionMunicipalitiesDocument, { regionCode }, FRESH).toPromise();
  return reply.data?.municipalities ?? failed(reply.error);
}

export function loadSchools(client: Client, regionCode: string): Promise<KnownSchool[]> {
  return allPages(async (after) => {
    const reply = await client.query(RegionSchoolsPageDocument, { regionCode, first: 500, after }, FRESH).toPromise();
    const page = reply.data?.regionalSchools ?? failed(reply.error);
    return { items: page.edges.map((edge) => edge.node), next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null };
  });
}

export function loadTeachers(client: Client, regionCode: string): Promise<KnownTeacher[]> {
  return allPages(async (after) => {
    const reply = await client.query(RegionTeachersPageDocument, { regionCode, after }, FRESH).toPromise();
    const page = reply.data?.regionalTeachers ?? failed(reply.error);
    return { items: page.edges.map((edge) => edge.node), next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null };
  });
}
