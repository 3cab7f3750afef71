import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { errorFor, formError, SelectField, TextField } from "../components/Field";
import { formatDate } from "../format";
import { SubmitApplicationDocument, type EmploymentKind, type FundingBasis } from "../generated/graphql";
import { FUNDING } from "../labels";

interface Props {
  programCycles: { id: string; startsOn: string; endsOn: string; seats: { basis: string; free: number }[] }[];
  myCycles: { id: string; specialtyCode: string; specialty?: { name: string } | null }[];
}

const APPLICABLE: Record<string, true> = { BUDGET: true, CONTRACT: true, OMS: true };
const FIELDS = ["programCycleId", "specialtyCode", "fundingBasis", "employment", "consentToShare"];

/** A ДПП application: which cycle of the program, funding basis, employment, consent. */
export function ApplicationForm({ programCycles, myCycles }: Props) {
  const [result, submit] = useMutation(SubmitApplicationDocument);
  const [error, setError] = useState<UserErrorShape | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [cycleId, setCycleId] = useState(programCycles[0]?.id ?? "");
  // The bases the chosen cycle has seats for, with how many are free.
  const seats = (programCycles.find((c) => c.id === cycleId)?.seats ?? []).filter((seat) => seat.basis in APPLICABLE);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const reply = await submit({
      application: {
        programCycleId: text("programCycleId"),
        specialtyCode: text("specialtyCode"),
        fundingBasis: text("fundingBasis") as FundingBasis,
        employment: { kind: text("employmentKind") as EmploymentKind, organization: text("organization"), position: text("position") },
        consentToShare: form.get("consent") === "on",
      },
    });
    const data = reply.data?.submitApplication;
    setError(userErrorOf(data));
    if (data?.__typename === "Application") setNote(data.note || "Заявка подана.");
  }

  if (note) {
    return (
      <section aria-labelledby="apply-title">
        <h2 id="apply-title">Заявка</h2>
        <p role="status" className="ok">Заявка подана. {note} <Link to="/applications">Мои заявки</Link></p>
      </section>
    );
  }
  return (
    <section aria-labelledby="apply-title">
      <h2 id="apply-title">Подать заявку на цикл</h2>
      <form onSubmit={send} className="form">
        <SelectField label="Цикл программы" name="programCycleId" value={cycleId} onChange={(e) => setCycleId(e.target.value)} error={errorFor(error, "programCycleId")}>
          {programCycles.map((c) => (
            <option key={c.id} value={c.id}>{formatDate(c.startsOn)} — {formatDate(c.endsOn)}</option>
          ))}
        </SelectField>
        <SelectField label="Специальность (ваш цикл)" name="specialtyCode" error={errorFor(error, "specialtyCode")}>
          {myCycles.map((c) => <option key={c.id} value={c.specialtyCode}>{c.specialty?.name ?? c.specialtyCode}</option>)}
        </SelectField>
        <SelectField label="Основа обучения" name="fundingBasis" error={errorFor(error, "fundingBasis")}>
          {seats.map((seat) => (
            <option key={seat.basis} value={seat.basis} disabled={seat.free <= 0}>
              {FUNDING[seat.basis]} — свободно {seat.free}
            </option>
          ))}
        </SelectField>
        <SelectField label="Занятость" name="employmentKind" error={errorFor(error, "employment")}>
          <option value="STATE">государственная или муниципальная организация</option>
          <option value="PRIVATE">частная организация</option>
          <option value="UNEMPLOYED">не работаю</option>
        </SelectField>
        <TextField label="Организация" name="organization" autoComplete="organization" />
        <TextField label="Должность" name="position" autoComplete="organization-title" />
        <label className="check">
          <input type="checkbox" name="consent" /> Согласен(на) на передачу моих данных организации, проводящей обучение
        </label>
        <ErrorMessage error={errorFor(error, "consentToShare")} />
        <ErrorMessage error={formError(error, ...FIELDS)} />
        <ErrorMessage error={result.error} />
        <p className="muted">Заявка не гарантирует зачисления: решение принимает организация.</p>
        <button type="submit" className="primary" disabled={result.fetching}>Подать заявку</button>
      </form>
    </section>
  );
}
