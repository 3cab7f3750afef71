import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { SelectField, TextField, errorFor, formError } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import {
  CatalogReferencesDocument, type ElementKind, ProviderCreateEventDocument, ProviderCreateModuleDocument,
  ProviderCreateProgramDocument, ProviderElementDocument, ProviderElementsDocument, ProviderPublishDocument,
  ProviderSaveCycleDocument, ProviderUpdateElementDocument, ProviderWithdrawDocument, type SeatBasis, type ProviderElementPartsFragment,
} from "../../generated/graphql";
import { formatDate, formatRubles } from "../../format";
import { ELEMENT_KINDS, FUNDING } from "../../labels";
import { ELEMENT_STATUS, SEAT_BASES, SeatList, WithProvider } from "./office";

interface SeatsForm { [basis: string]: { total: string; price: string } }

const NO_SEATS: SeatsForm = Object.fromEntries(SEAT_BASES.map((basis) => [basis, { total: "", price: "" }]));

function seatInput(seats: SeatsForm) {
  return SEAT_BASES.filter((basis) => Number(seats[basis]?.total) > 0).map((basis) => ({
    basis: basis as SeatBasis,
    total: Number(seats[basis].total),
    priceKopecks: Math.round(Number(seats[basis].price || 0) * 100),
  }));
}

/** Dates and seats (with the price) per funding basis of one cycle. */
function CycleFields({ value, onChange, seats, onSeats, error }: {
  value: { startsOn: string; endsOn: string; place: string };
  onChange: (next: { startsOn: string; endsOn: string; place: string }) => void;
  seats: SeatsForm; onSeats: (next: SeatsForm) => void; error: UserErrorShape | null;
}) {
  return (
    <fieldset>
      <legend>Цикл (группа)</legend>
      <TextField label="Начало обучения" type="date" required value={value.startsOn}
        onChange={(e) => onChange({ ...value, startsOn: e.target.value })} error={errorFor(error, "startsOn")} />
      <TextField label="Окончание обучения" type="date" required value={value.endsOn}
        onChange={(e) => onChange({ ...value, endsOn: e.target.value })} error={errorFor(error, "endsOn")} />
      <TextField label="Место проведения" value={value.place} onChange={(e) => onChange({ ...value, place: e.target.value })} />
      {SEAT_BASES.map((basis) => (
        <div key={basis} className="form inline">
          <TextField label={`Мест: ${FUNDING[basis]}`} type="number" min={0} inputMode="numeric" value={seats[basis].total}
            onChange={(e) => onSeats({ ...seats, [basis]: { ...seats[basis], total: e.target.value } })} />
          <TextField label={`Цена, ₽: ${FUNDING[basis]}`} type="number" min={0} step="0.01" value={seats[basis].price}
            onChange={(e) => onSeats({ ...seats, [basis]: { ...seats[basis], price: e.target.value } })} />
        </div>
      ))}
    </fieldset>
  );
}

const EMPTY_CYCLE = { startsOn: "", endsOn: "", place: "" };

function NewProgram({ providerId, onCreated }: { providerId: string; onCreated: (id: string) => void }) {
  const [{ data: refs }] = useQuery({ query: CatalogReferencesDocument });
  const [{ fetching }, create] = useMutation(ProviderCreateProgramDocument);
  const [title, setTitle] = useState("");
  const [zet, setZet] = useState("36");
  const [specialty, setSpecialty] = useState("");
  const [annotation, setAnnotation] = useState("");
  const [cycle, setCycle] = useState(EMPTY_CYCLE);
  const [seats, setSeats] = useState<SeatsForm>(NO_SEATS);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reply = await create({
      providerId,
      program: {
        title, zet: Number(zet), mainSpecialtyCode: specialty || null, annotation,
        cycles: [{ startsOn: cycle.startsOn, endsOn: cycle.endsOn, place: cycle.place, seats: seatInput(seats) }],
      },
    });
    const result = reply.data?.createProgram;
    setFailure(userErrorOf(result) ?? (reply.error ? { code: "", message: "Не удалось создать программу" } : null));
    if (result?.__typename === "Element") {
      onCreated(result.id);
      setTitle("");
      setCycle(EMPTY_CYCLE);
      setSeats(NO_SEATS);
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Новая программа ДПП ПК">
      <h2>Новая программа ДПП ПК</h2>
      <TextField label="Название программы" required value={title} onChange={(e) => setTitle(e.target.value)} error={errorFor(failure, "title")} />
      <TextField label="Трудоёмкость, ЗЕТ (часов)" type="number" min={1} required value={zet} onChange={(e) => setZet(e.target.value)} error={errorFor(failure, "zet")} />
      <SelectField label="Основная специальность" value={specialty} onChange={(e) => setSpecialty(e.target.value)} error={errorFor(failure, "mainSpecialtyCode")}>
        <option value="">— выберите —</option>
        {refs?.specialties.map((s) => <option key={s.code} value={s.code}>{s.name} ({s.code})</option>)}
      </SelectField>
      <TextField label="Аннотация" value={annotation} onChange={(e) => setAnnotation(e.target.value)} />
      <CycleFields value={cycle} onChange={setCycle} seats={seats} onSeats={setSeats} error={failure} />
      <ErrorMessage error={formError(failure, "title", "zet", "mainSpecialtyCode", "startsOn", "endsOn")} />
      <button type="submit" className="primary" disabled={fetching}>Создать программу</button>
    </form>
  );
}

function NewEvent({ providerId, onCreated }: { providerId: string; onCreated: (id: string) => void }) {
  const [{ data: refs }] = useQuery({ query: CatalogReferencesDocument });
  const [, createEvent] = useMutation(ProviderCreateEventDocument);
  const [, createModule] = useMutation(ProviderCreateModuleDocument);
  const [kind, setKind] = useState<"EVENT" | "MODULE">("EVENT");
  const [form, setForm] = useState({
    title: "", zet: "6", specialty: "", startsOn: "", endsOn: "", tickets: "", price: "", control: "", conditions: "",
  });
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const free = !(Number(form.price) > 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const common = {
      title: form.title, zet: Number(form.zet), mainSpecialtyCode: form.specialty || null, free,
      priceKopecks: free ? 0 : Math.round(Number(form.price) * 100),
    };
    const reply = kind === "EVENT"
      ? (await createEvent({ providerId, event: {
          ...common, startsOn: form.startsOn || null, endsOn: form.endsOn || null,
          ticketsTotal: free ? Number(form.tickets || 0) : 0, attendanceControl: form.control,
          confirmationRequirements: form.conditions,
        } })).data?.createEvent
      : (await createModule({ providerId, module: common })).data?.createModule;
    setFailure(userErrorOf(reply));
    if (reply?.__typename === "Element") onCreated(reply.id);
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Новое мероприятие или модуль">
      <h2>Новое мероприятие (ОМ) или модуль (ИОМ)</h2>
      <SelectField label="Вид элемента" value={kind} onChange={(e) => setKind(e.target.value as "EVENT" | "MODULE")}>
        <option value="EVENT">{ELEMENT_KINDS.EVENT}</option>
        <option value="MODULE">{ELEMENT_KINDS.MODULE}</option>
      </SelectField>
      <TextField label="Название" required value={form.title} onChange={set("title")} error={errorFor(failure, "title")} />
      <TextField label="ЗЕТ" type="number" min={0} required value={form.zet} onChange={set("zet")} error={errorFor(failure, "zet")} />
      <SelectField label="Специальность" value={form.specialty} onChange={set("specialty")}>
        <option value="">— выберите —</option>
        {refs?.specialties.map((s) => <option key={s.code} value={s.code}>{s.name} ({s.code})</option>)}
      </SelectField>
      <TextField label="Цена, ₽ (пусто — бесплатно)" type="number" min={0} step="0.01" value={form.price} onChange={set("price")} />
      {kind === "EVENT" ? (
        <>
          <TextField label="Первый день" type="date" value={form.startsOn} onChange={set("startsOn")} />
          <TextField label="Последний день" type="date" value={form.endsOn} onChange={set("endsOn")} />
          {free ? <TextField label="Билетов (бесплатное мероприятие)" type="number" min={0} value={form.tickets} onChange={set("tickets")} /> : null}
          <TextField label="Контроль присутствия" value={form.control} onChange={set("control")} />
          <TextField label="Условия получения кода" value={form.conditions} onChange={set("conditions")} />
        </>
      ) : null}
      <ErrorMessage error={formError(failure, "title", "zet")} />
      <button type="submit" className="primary">Создать</button>
    </form>
  );
}

type CycleParts = ProviderElementPartsFragment["cycles"][number];

function cycleForm(cycle?: CycleParts) {
  return cycle ? { startsOn: cycle.startsOn, endsOn: cycle.endsOn, place: cycle.place } : EMPTY_CYCLE;
}

function seatsForm(cycle?: CycleParts): SeatsForm {
  if (!cycle) return NO_SEATS;
  return Object.fromEntries(SEAT_BASES.map((basis) => {
    const seat = cycle.seats.find((s) => s.basis === basis);
    return [basis, { total: seat ? String(seat.total) : "", price: seat && seat.priceKopecks ? String(seat.priceKopecks / 100) : "" }];
  }));
}

/** Adds a cycle to a program, or changes one (dates, place, seats and prices per basis). */
function CycleEditor({ elementId, cycle, onSaved }: { elementId: string; cycle?: CycleParts; onSaved: () => void }) {
  const [, save] = useMutation(ProviderSaveCycleDocument);
  const [value, setValue] = useState(cycleForm(cycle));
  const [seats, setSeats] = useState<SeatsForm>(seatsForm(cycle));
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = (await save(
      { elementId, id: cycle?.id ?? null, cycle: { ...value, curator: cycle?.curator ?? "", department: cycle?.department ?? "", seats: seatInput(seats) } },
    )).data?.saveProgramCycle;
    setFailure(userErrorOf(result));
    setSaved(result?.__typename === "ProgramCycle");
    if (result?.__typename === "ProgramCycle") onSaved();
  }

  return (
    <details>
      <summary>{cycle ? "Изменить цикл" : "Добавить цикл"}</summary>
      <form className="form" onSubmit={submit}>
        <CycleFields value={value} onChange={setValue} seats={seats} onSeats={setSeats} error={failure} />
        <ErrorMessage error={formError(failure, "startsOn", "endsOn")} />
        {saved ? <p role="status">Цикл сохранён</p> : null}
        <button type="submit">Сохранить цикл</button>
      </form>
    </details>
  );
}

/** Changes the element's description: updateElement takes every editable field again. */
function ElementEditor({ element }: { element: ProviderElementPartsFragment }) {
  const [, update] = useMutation(ProviderUpdateElementDocument);
  const [form, setForm] = useState({
    title: element.title, zet: String(element.zet), annotation: element.annotation,
    price: element.priceKopecks ? String(element.priceKopecks / 100) : "", tickets: String(element.ticketsTotal),
    control: element.attendanceControl, conditions: element.confirmationRequirements,
  });
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const program = element.kind === "PROGRAM";

  async function submit(event: FormEvent) {
    event.preventDefault();
    const priceKopecks = program ? 0 : Math.round(Number(form.price || 0) * 100);
    const result = (await update({
      id: element.id,
      element: {
        title: form.title, zet: Number(form.zet), annotation: form.annotation,
        mainSpecialtyCode: element.mainSpecialtyCode || null, additionalSpecialtyCodes: element.additionalSpecialtyCodes,
        regionCode: element.regionCode || null, audience: element.audience, subjectCodes: element.subjectCodes,
        free: program ? element.free : priceKopecks === 0, priceKopecks,
        formOfStudy: element.formOfStudy ?? null, distanceLearning: element.distanceLearning,
        startsOn: element.startsOn ?? null, endsOn: element.endsOn ?? null, eventFormat: element.eventFormat ?? null,
        ticketsTotal: Number(form.tickets || 0), attendanceControl: form.control, confirmationRequirements: form.conditions,
        moduleKind: element.moduleKind ?? null,
      },
    })).data?.updateElement;
    setFailure(userErrorOf(result));
    setSaved(result?.__typename === "Element");
  }

  return (
    <details>
      <summary>Изменить описание</summary>
      <form className="form" onSubmit={submit}>
        <TextField label="Название" required value={form.title} onChange={set("title")} error={errorFor(failure, "title")} />
        <TextField label="ЗЕТ" type="number" min={0} required value={form.zet} onChange={set("zet")} error={errorFor(failure, "zet")} />
        <TextField label="Аннотация" value={form.annotation} onChange={set("annotation")} />
        {!program ? <TextField label="Цена, ₽ (пусто — бесплатно)" type="number" min={0} step="0.01" value={form.price} onChange={set("price")} /> : null}
        {element.kind === "EVENT" ? (
          <>
            <TextField label="Билетов (бесплатное мероприятие)" type="number" min={0} value={form.tickets} onChange={set("tickets")} />
            <TextField label="Контроль присутствия" value={form.control} onChange={set("control")} />
            <TextField label="Условия получения кода" value={form.conditions} onChange={set("conditions")} />
          </>
        ) : null}
        <ErrorMessage error={formError(failure, "title", "zet")} />
        {saved ? <p role="status">Изменения сохранены</p> : null}
        <button type="submit">Сохранить</button>
      </form>
    </details>
  );
}

function ElementCard({ element }: { element: ProviderElementPartsFragment }) {
  // Re-read after a cycle is saved: a new cycle joins the element's list (the cache cannot know).
  const [, reread] = useQuery({ query: ProviderElementDocument, variables: { id: element.id }, pause: true });
  const refresh = () => reread({ requestPolicy: "network-only" });
  const [, publish] = useMutation(ProviderPublishDocument);
  const [, withdraw] = useMutation(ProviderWithdrawDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  return (
    <li className="card" data-testid="provider-element" data-id={element.id} data-status={element.status}>
      <h3>{element.title}</h3>
      <p>
        {ELEMENT_KINDS[element.kind] ?? element.kind} · {element.zet} ЗЕТ · <strong>{ELEMENT_STATUS[element.status] ?? element.status}</strong>
        {element.kind !== "PROGRAM" && element.startsOn ? ` · ${formatDate(element.startsOn)} – ${formatDate(element.endsOn)}` : ""}
        {element.kind !== "PROGRAM" && !element.free ? ` · ${formatRubles(element.priceKopecks)}` : ""}
        {element.kind === "EVENT" && element.free ? ` · билетов свободно ${element.ticketsFree} из ${element.ticketsTotal}` : ""}
      </p>
      <p className="muted">Идентификатор: <code>{element.id}</code></p>
      {element.attendanceControl ? <p>Контроль присутствия: {element.attendanceControl}</p> : null}
      {element.cycles.length ? (
        <ul className="cards">
          {element.cycles.map((cycle) => (
            <li key={cycle.id} data-testid="provider-cycle" data-id={cycle.id}>
              Цикл {formatDate(cycle.startsOn)} – {formatDate(cycle.endsOn)}{cycle.place ? `, ${cycle.place}` : ""}
              <SeatList seats={cycle.seats} />
              <CycleEditor elementId={element.id} cycle={cycle} onSaved={refresh} />
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorMessage error={failure} />
      <div className="form inline">
        {element.status !== "PUBLISHED" ? (
          <button type="button" className="primary" onClick={async () => setFailure(userErrorOf((await publish({ id: element.id })).data?.publishElement))}>
            Опубликовать
          </button>
        ) : (
          <button type="button" onClick={async () => setFailure(userErrorOf((await withdraw({ id: element.id })).data?.withdrawElement))}>
            Снять с публикации
          </button>
        )}
      </div>
      <ElementEditor element={element} />
      {element.kind === "PROGRAM" ? <CycleEditor elementId={element.id} onSaved={refresh} /> : null}
    </li>
  );
}

function CreatedElement({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: ProviderElementDocument, variables: { id } });
  return data ? <ElementCard element={data.element} /> : null;
}

function ElementsOf({ providerId }: { providerId: string }) {
  const [created, setCreated] = useState<string[]>([]);
  const [kind, setKind] = useState<string>("");
  const [{ data, fetching, error }] = useQuery({
    query: ProviderElementsDocument,
    variables: { providerId, kind: (kind || null) as ElementKind | null },
    requestPolicy: "cache-and-network",
  });
  const listed = (data?.catalog.edges ?? []).map((edge) => edge.node).filter((node) => !created.includes(node.id));
  return (
    <>
      <div className="provider-forms">
        <NewProgram providerId={providerId} onCreated={(id) => setCreated([id, ...created])} />
        <NewEvent providerId={providerId} onCreated={(id) => setCreated([id, ...created])} />
      </div>
      {created.length ? (
        <section aria-labelledby="created-heading">
          <h2 id="created-heading">Созданные сейчас</h2>
          <ul className="cards">{created.map((id) => <CreatedElement key={id} id={id} />)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="published-heading">
        <h2 id="published-heading">Элементы в каталоге</h2>
        <SelectField label="Вид" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">все</option>
          {Object.entries({ PROGRAM: ELEMENT_KINDS.PROGRAM, EVENT: ELEMENT_KINDS.EVENT, MODULE: ELEMENT_KINDS.MODULE }).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </SelectField>
        <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
        {data ? <p className="muted">Всего: {data.catalog.totalCount}</p> : null}
        <ul className="cards">{listed.map((element) => <ElementCard key={element.id} element={element} />)}</ul>
      </section>
    </>
  );
}

/** The provider's elements: ДПП programs with cycles, events and modules; publish and withdraw. */
export default function Elements() {
  return (
    <section>
      <h1>Программы и мероприятия</h1>
      <WithProvider>{(providerId) => <ElementsOf providerId={providerId} />}</WithProvider>
    </section>
  );
}
