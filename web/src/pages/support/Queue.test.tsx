import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { Provider, type Client } from "urql";
import { fromValue } from "wonka";
import { afterEach, describe, expect, it, vi } from "vitest";
import Queue from "./Queue";

afterEach(cleanup);

function request(id: string) {
  return {
    __typename: "SupportRequest", id, personId: "p", topic: "CODES", subject: `Обращение ${id}`, contextReference: "",
    providerId: null, status: "NEW", createdAt: "2026-12-01T10:00:00Z", updatedAt: "2026-12-01T10:00:00Z",
  };
}

/** Two pages of one request each: the first (after null) says there is a next one. */
function twoPages(variables: { after: string | null }) {
  const first = variables.after === null;
  return {
    supportRequests: {
      __typename: "SupportRequestConnection",
      totalCount: 2,
      edges: [{ __typename: "SupportRequestEdge", node: request(first ? "a" : "b") }],
      pageInfo: { __typename: "PageInfo", hasNextPage: first, endCursor: first ? "c1" : null },
    },
  };
}

describe("the support queue", () => {
  it("shows the next page under the first and starts again from the first when a filter changes", async () => {
    const executeQuery = vi.fn((operation: { variables: { after: string | null } }) =>
      fromValue({ operation, data: twoPages(operation.variables) }),
    );
    render(
      <Provider value={{ executeQuery } as unknown as Client}>
        <MemoryRouter><Queue /></MemoryRouter>
      </Provider>,
    );
    expect(await screen.findByRole("link", { name: "Обращение a" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Показать ещё" }));
    expect(await screen.findByRole("link", { name: "Обращение b" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Показать ещё" })).toBeNull();

    fireEvent.change(screen.getByLabelText("Тема"), { target: { value: "CODES" } });
    expect(screen.queryByRole("link", { name: "Обращение b" })).toBeNull();
    const asked = executeQuery.mock.calls.map(([operation]) => operation.variables);
    expect(asked).toContainEqual({ status: "NEW", topic: "CODES", after: null });
  });
});
