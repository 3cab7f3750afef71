// Opening a campaign year, changing its windows and hours, and cancelling one opened by mistake.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { TextField, errorFor, formError } from "../../components/Field";
import {
  type RegionCampaignPartsFragment, RegionCancelCampaignDocument, RegionOpenCampaignDocument, RegionUpdateCampaignDocument,
} from "../../generated/graphql";
import { campaignDays, usualDays, windowsInput, type WindowDays } from "./campaignWindows";

const WINDOW_FIELDS = ["questionnaireOpensAt", "questionnaireClosesAt", "applicationsOpenAt", "applicationsCloseAt", "windows"];

function WindowFields({ days, onChange, error }: { days: WindowDays; onChange: (next: WindowDays) => void; error: UserErrorShape | null }) {
  const field = (key: keyof WindowDays, label: string) => (
    <TextField label={label} type="date" required value={days[key]} onChange={(e) => onChange({ ...days, [key]: e.target.value })} />
  );
  return (
    <>
      <fieldset>
        <legend>Окно анкетирования</legend>
        {field("questionnaireFrom", "Анкетирование: первый день")}
        {field("questionnaireTo", "Анкетирование: последний день")}
      </fieldset>
      <fieldset>
        <legend>Окно подачи заявлений</legend>
        {field("applicationsFrom", "Заявления: первый день")}
        {field("applicationsTo", "Заявления: последний день")}
      </fieldset>
      <ErrorMessage error={errorFor(error, ...WINDOW_FIELDS)} />
    </>
  );
}

function HoursField({ value, onChange, error }: { value: string; onChange: (next: string) => void; error: UserErrorShape | null }) {
  return (
    <TextField label="Часов в заявлении (сумма групп)" type="number" min={1} max={1000} inputMode="numeric" required
      value={value} onChange={(e) => onChange(e.target.value)} error={errorFor(error, "requiredHours")}
      hint="По правилам eort-tatarstan-2024 — 72 часа, например 36 + 36." />
  );
}

/** «Новая кампания»: a training year with its windows (the usual ones proposed) and hours. */
export function OpenCampaign({ regionCode, onOpened }: { regionCode: string; onOpened: (id: string) => void }) {
  const [{ fetching }, open] = useMutation(RegionOpenCampaignDocument);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [days, setDays] = useState<WindowDays>(() => usualDays(new Date().getFullYear() + 1));
  const [hours, setHours] = useState("72");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState("");

  function changeYear(next: string) {
    setYear(next);
    if (/^\d{4}$/.test(next)) setDays(usualDays(Number(next)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reply = await open({ regionCode, year: Number(year), windows: windowsInput(days), requiredHours: Number(hours) });
    const result = reply.data?.openRegionalCampaign;
    setFailure(userErrorOf(result) ?? (reply.error ? { code: "", message: "Не удалось открыть кампанию" } : null));
    if (result?.__typename === "CampaignPayload") {
      setDone(result.created ? `Кампания ${result.campaign.year} года открыта` : `Кампания ${result.campaign.year} года уже была открыта`);
      onOpened(result.campaign.id);
    }
  }

  return (
    <form aria-label="Новая кампания" className="form" onSubmit={submit}>
      <h2>Новая кампания</h2>
      <TextField label="Год обучения" type="number" min={2000} max={2100} inputMode="numeric" required value={year}
        onChange={(e) => changeYear(e.target.value)} error={errorFor(failure, "year")} />
      <WindowFields days={days} onChange={setDays} error={failure} />
      <HoursField value={hours} onChange={setHours} error={failure} />
      <ErrorMessage error={formError(failure, "year", "requiredHours", ...WINDOW_FIELDS)} />
      <button type="submit" className="primary" disabled={fetching}>Открыть кампанию</button>
      {done ? <p role="status">{done}</p> : null}
    </form>
  );
}

/** «Изменить сроки»: the windows and hours of a campaign. */
export function EditCampaign({ campaign, onSaved }: { campaign: RegionCampaignPartsFragment; onSaved: () => void }) {
  const [{ fetching }, update] = useMutation(RegionUpdateCampaignDocument);
  const [days, setDays] = useState<WindowDays>(() => campaignDays(campaign));
  const [hours, setHours] = useState(String(campaign.requiredHours));
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reply = await update({ campaignId: campaign.id, windows: windowsInput(days), requiredHours: Number(hours) });
    const result = reply.data?.updateRegionalCampaign;
    setFailure(userErrorOf(result) ?? (reply.error ? { code: "", message: "Не удалось сохранить сроки" } : null));
    setSaved(result?.__typename === "RegionalCampaign");
    if (result?.__typename === "RegionalCampaign") onSaved();
  }

  return (
    <details>
      <summary>Изменить сроки</summary>
      <form aria-label="Сроки кампании" className="form" onSubmit={submit}>
        <WindowFields days={days} onChange={setDays} error={failure} />
        <HoursField value={hours} onChange={setHours} error={failure} />
        <ErrorMessage error={formError(failure, "requiredHours", ...WINDOW_FIELDS)} />
        <button type="submit" disabled={fetching}>Сохранить сроки</button>
        {saved ? <p role="status">Сроки сохранены</p> : null}
      </form>
    </details>
  );
}

/** «Отменить кампанию»: possible while no numbers are allocated; the reason goes to the audit trail. */
export function CancelCampaign({ campaign, onCancelled }: { campaign: RegionCampaignPartsFragment; onCancelled: () => void }) {
  const [{ fetching }, cancel] = useMutation(RegionCancelCampaignDocument);
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<UserErrorShape | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reply = await cancel({ campaignId: campaign.id, reason: reason || null });
    const result = reply.data?.cancelRegionalCampaign;
    setFailure(userErrorOf(result) ?? (reply.error ? { code: "", message: "Не удалось отменить кампанию" } : null));
    if (result?.__typename === "RegionalCampaign") onCancelled();
  }

  if (campaign.allocatedAt) return null;
  return (
    <details>
      <summary>Отменить кампанию</summary>
      <form aria-label="Отмена кампании" className="form" onSubmit={submit}>
        <TextField label="Причина отмены" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        <ErrorMessage error={failure} />
        <button type="submit" disabled={fetching}>Отменить кампанию {campaign.year} года</button>
      </form>
    </details>
  );
}
