import { cleanup, render, screen } from "@testing-library/react";
import { Provider, type Client } from "urql";
import { fromValue } from "wonka";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WithMunicipality } from "./scope";

afterEach(cleanup);

type Operation = { query: { definitions: { name?: { value: string } }[] }; variables: Record<string, unknown> };

/** The municipal operator of "m-new", a municipality of region 16 with no schools yet. */
const ANSWERS: Record<string, unknown> = {
  RegionOperatorGrants: { myGrants: [{ __typename: "Grant", role: "municipal_operator", scope: "municipality:m-new" }] },
  MunicipalityOwn: { municipalitiesById: [{ __typename: "Municipality", id: "m-new", regionCode: "16", name: "Новый район" }] },
  RegionSchoolsPage: {
    regionalSchools: { __typename: "RegionalSchoolConnection", totalCount: 0, edges: [], pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null } },
  },
};

describe("the municipal operator's scope", () => {
  it("finds the region by the municipality's id, even when it has no schools", async () => {
    const executeQuery = vi.fn((operation: Operation) =>
      fromValue({ operation, data: ANSWERS[operation.query.definitions[0].name?.value ?? ""] }),
    );
    render(
      <Provider value={{ executeQuery } as unknown as Client}>
        <WithMunicipality>{(scope) => <p>{`${scope.municipalityId} в регионе ${scope.regionCode}`}</p>}</WithMunicipality>
      </Provider>,
    );
    expect(await screen.findByText("m-new в регионе 16")).toBeTruthy();
    const own = executeQuery.mock.calls.find(([operation]) => operation.query.definitions[0].name?.value === "MunicipalityOwn");
    expect(own?.[0].variables).toEqual({ municipalityId: "m-new" });
  });
});
