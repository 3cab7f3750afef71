import { cleanup, render, screen, within } from "@testing-library/react";
import { Provider, type Client } from "urql";
import { fromValue } from "wonka";
import { afterEach, describe, expect, it } from "vitest";
import { RefusalsOf } from "./Refusals";

afterEach(cleanup);

type Operation = { query: { definitions: { name?: { value: string } }[] }; variables: Record<string, unknown> };

const PAGE_INFO = { __typename: "PageInfo", hasNextPage: true, endCursor: "c1" };

/** 150 refusals: the first page lists one, pk-regional-svc counts all of them per reason. */
function answer(operation: Operation) {
  switch (operation.query.definitions[0].name?.value) {
    case "MunicipalNumbers":
      return {
        uniqueNumbers: {
          __typename: "HoldingConnection",
          totalCount: operation.variables.status === "REFUSED" ? 150 : 0,
          edges: operation.variables.status === "REFUSED" ? [{
            __typename: "HoldingEdge",
            node: {
              __typename: "NumberHolding", numberId: "n1", holdingId: "h1", numberCode: "16-001", schoolId: "s1", teacherName: "Иванова Анна",
              status: "REFUSED", statusText: "отказ", refusalReason: "ILLNESS", refusalText: "болезнь", refusalNote: "", updatedAt: "2026-12-01T10:00:00Z",
            },
          }] : [],
          pageInfo: PAGE_INFO,
        },
      };
    case "MunicipalRefusalsByReason":
      return {
        allocationReport: {
          __typename: "AllocationOutcomeConnection",
          refusalsByReason: [
            { __typename: "RefusalCount", reason: "ILLNESS", reasonText: "болезнь", count: 120 },
            { __typename: "RefusalCount", reason: "MATERNITY_LEAVE", reasonText: "декретный отпуск", count: 30 },
          ],
        },
      };
    default:
      return { regionalSchools: { __typename: "RegionalSchoolConnection", totalCount: 0, edges: [], pageInfo: PAGE_INFO } };
  }
}

describe("the municipality's refusals", () => {
  it("charts the reasons of all refusals as counted by the service, not those of the page", async () => {
    const executeQuery = (operation: Operation) => fromValue({ operation, data: answer(operation) });
    render(
      <Provider value={{ executeQuery } as unknown as Client}>
        <RefusalsOf municipalityId="m1" campaignId="c1" />
      </Provider>,
    );
    expect(await screen.findByText("декретный отпуск")).toBeTruthy();
    const chart = screen.getAllByTestId("count-chart").find((c) => c.dataset.title === "Причины отказов");
    const counts = within(chart!).getAllByTestId("count").map((c) => [c.dataset.label, c.dataset.value]);
    expect(counts).toEqual([["болезнь", "120"], ["декретный отпуск", "30"]]);
  });
});
