import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { errorFor, formError, SelectField, TextField } from "../components/Field";
import { QueryState } from "../components/Loading";
import { formatDate } from "../format";
import { AddDocumentDocument, DashboardDocument, MySpecialtiesDocument, SpecialtiesDocument, type DocumentKind } from "../generated/graphql";
import { CYCLE_STATES, DOCUMENT_KINDS, FRMR } from "../labels";

const FIELDS = ["kind", "specialtyCode", "number", "series", "issuedOn"];

export default function Documents() {
  const [cycles, refetch] = useQuery({ query: DashboardDocument, requestPolicy: "cache-and-network" });
  const [specialties] = useQuery({ query: SpecialtiesDocument });
  const [profile, refetchProfile] = useQuery({ query: MySpecialtiesDocument, requestPolicy: "cache-and-network" });
  const [result, addDocument] = useMutation(AddDocumentDocument);
  const [error, setError] = useState<UserErrorShape | null>(null);
  const [opened, setOpened] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const reply = await addDocument({
      document: {
        kind: text("kind") as DocumentKind,
        specialtyCode: text("specialtyCode"),
        series: text("series"),
        number: text("number"),
        issuedOn: text("issuedOn"),
      },
    });
    const added = reply.data?.addDocument;
    setError(userErrorOf(added));
    if (added?.__typename === "Cycle") {
      setOpened(`Открыт цикл ${formatDate(added.startsOn)} — ${formatDate(added.endsOn)}.`);
      formElement.reset();
      refetch({ requestPolicy: "network-only" });
      refetchProfile({ requestPolicy: "network-only" });
    } else {
      setOpened(null);
    }
  }

  const list = cycles.data?.myCycles ?? [];
  const mySpecialties = profile.data?.me?.specialties ?? [];
  return (
    <section>
      <h1>Документы и циклы</h1>
      <QueryState fetching={cycles.fetching} error={cycles.error} hasData={Boolean(cycles.data)} />
      {list.length > 0 ? (
        <table className="table">
          <caption>Документы, открывшие циклы</caption>
          <thead>
            <tr><th scope="col">Специальность</th><th scope="col">Документ</th><th scope="col">Цикл</th><th scope="col">ФРМР</th></tr>
          </thead>
          <tbody>
            {list.map((cycle) => (
              <tr key={cycle.id}>
                <td>{cycle.specialty?.name ?? cycle.specialtyCode}</td>
                <td>
                  {cycle.document ? `${DOCUMENT_KINDS[cycle.document.kind] ?? cycle.document.kind} № ${cycle.document.number}, ${formatDate(cycle.document.issuedOn)}` : "—"}
                </td>
                <td>{formatDate(cycle.startsOn)} — {formatDate(cycle.endsOn)}</td>
                <td>{cycle.document ? FRMR[cycle.document.frmrStatus]?.label ?? cycle.document.frmrStatus : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2>Мои специальности</h2>
      <ErrorMessage error={profile.error} />
      {profile.data && mySpecialties.length === 0 ? <p>Специальности появятся, когда вы добавите документ.</p> : null}
      {mySpecialties.length > 0 ? (
        <ul className="specialties" data-testid="my-specialties">
          {mySpecialties.map((item) => (
            <li key={item.code} data-testid="my-specialty">
              <strong>{item.specialty?.name ?? item.code}</strong> <span className="muted">({item.code})</span>
              {" · "}цикл {formatDate(item.cycle.startsOn)} — {formatDate(item.cycle.endsOn)}
              {CYCLE_STATES[item.cycle.state] ? ` (${CYCLE_STATES[item.cycle.state]})` : ""}
              <small className="block muted">Правила: {item.cycle.ruleSet.title}</small>
            </li>
          ))}
        </ul>
      ) : null}

      <h2>Добавить документ</h2>
      <form onSubmit={submit} className="form" aria-label="Добавить документ">
        <SelectField label="Вид документа" name="kind" defaultValue="CERTIFICATE" error={errorFor(error, "kind")}>
          {Object.entries(DOCUMENT_KINDS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </SelectField>
        <SelectField label="Специальность" name="specialtyCode" required defaultValue="" error={errorFor(error, "specialtyCode")}>
          <option value="" disabled>Выберите специальность из номенклатуры</option>
          {(specialties.data?.specialties ?? []).map((s) => (
            <option key={s.code} value={s.code}>{s.name} ({s.code})</option>
          ))}
        </SelectField>
        <ErrorMessage error={specialties.error} />
        <TextField label="Серия (если есть)" name="series" error={errorFor(error, "series")} />
        <TextField label="Номер" name="number" required error={errorFor(error, "number")} />
        <TextField label="Дата выдачи" name="issuedOn" type="date" required error={errorFor(error, "issuedOn")} />
        <ErrorMessage error={formError(error, ...FIELDS)} />
        <ErrorMessage error={result.error} />
        <button type="submit" className="primary" disabled={result.fetching}>Добавить документ</button>
      </form>
      {opened ? <p role="status" className="ok">{opened} <Link to="/">К циклам</Link></p> : null}
    </section>
  );
}
