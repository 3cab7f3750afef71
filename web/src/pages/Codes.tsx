import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { TextField } from "../components/Field";
import { QueryState } from "../components/Loading";
import { formatDateTime } from "../format";
import { MyCodesDocument, RedeemCodeDocument } from "../generated/graphql";
import { CODE_STATUS } from "../labels";
import { usePolling } from "../usePolling";

export default function Codes() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyCodesDocument, requestPolicy: "cache-and-network" });
  const [redeeming, redeem] = useMutation(RedeemCodeDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [entered, setEntered] = useState<string | null>(null);
  // A code is verified later (within a day): pending codes are refreshed by themselves.
  usePolling(() => refetch({ requestPolicy: "network-only" }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const code = String(new FormData(formElement).get("code") ?? "").trim().toUpperCase();
    const result = (await redeem({ code })).data?.redeemCode;
    setFailure(userErrorOf(result));
    if (result?.__typename === "CodeRedemption" && result.status === "REJECTED") {
      setFailure({ code: "rejected", message: `Код отклонён: ${result.reason}` });
      setEntered(null);
    } else if (result?.__typename === "CodeRedemption") {
      setEntered(`Код ${result.enteredCode} принят на проверку (${CODE_STATUS[result.status] ?? result.status}).`);
      formElement.reset();
    } else {
      setEntered(null);
    }
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <section>
      <h1>Коды подтверждения</h1>
      <p>Код выдаёт организатор мероприятия: 12 латинских букв и цифр. Ввести код можно, когда мероприятие есть в вашем плане.</p>
      <form onSubmit={submit} className="form inline">
        <TextField label="Код подтверждения" name="code" autoComplete="off" maxLength={32} required error={failure} />
        <ErrorMessage error={redeeming.error} />
        <button type="submit" className="primary" disabled={redeeming.fetching}>Ввести код</button>
      </form>
      {entered ? <p role="status" className="ok">{entered}</p> : null}
      <h2>Введённые коды</h2>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && data.myCodeRedemptions.length === 0 ? <p>Вы ещё не вводили кодов.</p> : null}
      <ul className="cards">
        {data?.myCodeRedemptions.map((r) => (
          <li key={r.id} className="card" data-testid="code" data-status={r.status}>
            <p><code>{r.code}</code> · {r.event?.title ?? "мероприятие"}</p>
            <p>
              Статус: <strong className={`status status-${r.status.toLowerCase()}`}>{CODE_STATUS[r.status] ?? r.status}</strong>
              {r.reason ? <> — {r.reason}</> : null}
            </p>
            <p className="muted">Введён {formatDateTime(r.enteredAt)}{r.decidedAt ? `, решение ${formatDateTime(r.decidedAt)}` : ""}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
