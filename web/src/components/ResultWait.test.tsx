import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { Provider, type Client } from "urql";
import { fromValue } from "wonka";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ResultWaitNote } from "./ResultWait";

afterEach(cleanup);

const overdue = {
  providerId: "prov-1",
  endsOn: "2026-09-01",
  deadline: "2026-10-01",
  overdue: true,
  daysOverdue: 12,
  supportRequest: {
    topic: "credits_not_posted",
    subject: "Не начислены баллы: Кардиология",
    text: "Обучение завершено 01.09.2026, результат не передан.",
    contextReference: "plan_item:42",
  },
};

describe("the overdue result's support request", () => {
  it("is sent once per plan item to support and the provider, and leads to its thread", async () => {
    const executeMutation = vi.fn(() =>
      fromValue({ data: { openSupportRequest: { __typename: "SupportRequest", id: "req-7" } } }),
    );
    const client = { executeMutation } as unknown as Client;
    render(
      <Provider value={client}>
        <MemoryRouter>
          <ResultWaitNote wait={overdue} providerName="Академия" />
        </MemoryRouter>
      </Provider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Отправить обращение" }));
    const link = await screen.findByRole("link", { name: "Открыть обращение" });
    expect(link.getAttribute("href")).toBe("/my-support/req-7");
    const [[operation]] = executeMutation.mock.calls as unknown as [[{ variables: { input: Record<string, unknown> } }]];
    expect(operation.variables.input).toEqual({
      topic: "CREDITS_NOT_POSTED",
      subject: overdue.supportRequest.subject,
      text: overdue.supportRequest.text,
      contextReference: "plan_item:42",
      providerId: "prov-1",
      idempotencyKey: "result-wait:plan_item:42",
    });
    expect(screen.queryByRole("button", { name: "Отправить обращение" })).toBeNull();
  });
});
