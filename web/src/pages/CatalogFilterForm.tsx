import type { FormEvent } from "react";
import { FILTER_PARAMS } from "../catalogFilters";
import type { CatalogReferencesQuery } from "../generated/graphql";
import { FUNDING } from "../labels";

interface Props {
  params: URLSearchParams;
  references: CatalogReferencesQuery | undefined;
  providers: { providerId: string; providerName: string }[];
  onApply: (changes: Record<string, string | null>) => void;
}

export function CatalogFilterForm({ params, references, providers, onApply }: Props) {
  const value = (name: string) => params.get(name) ?? "";
  const providerOptions = new Map(providers.map((p) => [p.providerId, p.providerName]));
  const chosenProvider = params.get("provider");
  if (chosenProvider && !providerOptions.has(chosenProvider)) providerOptions.set(chosenProvider, "выбранная организация");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changes: Record<string, string | null> = {};
    for (const name of FILTER_PARAMS) {
      if (name === "q" || name === "kind") continue;
      const raw = form.get(name);
      changes[name] = raw === null ? null : String(raw).trim() || null;
    }
    onApply(changes);
  }

  function reset() {
    onApply(Object.fromEntries(FILTER_PARAMS.filter((n) => n !== "q").map((n) => [n, null])));
  }

  const applied = FILTER_PARAMS.filter((name) => name !== "q" && name !== "kind" && name !== "sort" && params.get(name)).length;
  // Open beside the results on a wide screen; folded above them on a phone.
  const wide = typeof window.matchMedia === "function" && window.matchMedia("(min-width: 900px)").matches;
  // Keyed by the address so that the form shows what is applied after back/forward.
  return (
    <details className="filters" open={wide} key={params.toString()}>
      <summary>Фильтры{applied ? ` (применено: ${applied})` : ""}</summary>
    <form onSubmit={submit} aria-label="Фильтры">
      <label htmlFor="f-specialty">Специальность (основная или дополнительная)</label>
      <select id="f-specialty" name="specialty" defaultValue={value("specialty")}>
        <option value="">Любая</option>
        {references?.specialties.map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}
      </select>
      <label htmlFor="f-region">Регион</label>
      <select id="f-region" name="region" defaultValue={value("region")}>
        <option value="">Любой</option>
        {references?.regions.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
      </select>
      <label htmlFor="f-provider">Организация</label>
      <select id="f-provider" name="provider" defaultValue={value("provider")}>
        <option value="">Любая</option>
        {[...providerOptions].map(([id, name]) => <option key={id} value={id}>{name}</option>)}
      </select>
      <fieldset>
        <legend>Период начала</legend>
        <label htmlFor="f-from">с</label>
        <input id="f-from" name="from" type="date" defaultValue={value("from")} />
        <label htmlFor="f-to">по</label>
        <input id="f-to" name="to" type="date" defaultValue={value("to")} />
      </fieldset>
      <label htmlFor="f-form">Форма обучения</label>
      <select id="f-form" name="form" defaultValue={value("form")}>
        <option value="">Любая</option>
        {references?.forms.map((f) => <option key={f.code} value={f.code}>{f.name}</option>)}
      </select>
      <label htmlFor="f-basis">Основа обучения</label>
      <select id="f-basis" name="basis" defaultValue={value("basis")}>
        <option value="">Любая</option>
        {["BUDGET", "CONTRACT", "OMS"].map((b) => <option key={b} value={b}>{FUNDING[b]}</option>)}
      </select>
      <fieldset>
        <legend>ЗЕТ</legend>
        <label htmlFor="f-zet-min">от</label>
        <input id="f-zet-min" name="zetMin" type="number" min={0} inputMode="numeric" defaultValue={value("zetMin")} />
        <label htmlFor="f-zet-max">до</label>
        <input id="f-zet-max" name="zetMax" type="number" min={0} inputMode="numeric" defaultValue={value("zetMax")} />
      </fieldset>
      <label htmlFor="f-rating">Рейтинг не ниже</label>
      <select id="f-rating" name="rating" defaultValue={value("rating")}>
        <option value="">Любой</option>
        {["6", "7", "8", "9"].map((r) => <option key={r} value={r}>{`${r} из 10`}</option>)}
      </select>
      <label htmlFor="f-price">Стоимость</label>
      <select id="f-price" name="price" defaultValue={value("price")}>
        <option value="">Любая</option>
        <option value="FREE">Бесплатно</option>
        <option value="PAID">Платно</option>
      </select>
      <label className="check">
        <input type="checkbox" name="seats" value="1" defaultChecked={value("seats") === "1"} /> Есть свободные места
      </label>
      <label htmlFor="f-sort">Сортировка</label>
      <select id="f-sort" name="sort" defaultValue={value("sort") || "RELEVANCE"}>
        <option value="RELEVANCE">По соответствию</option>
        <option value="START_DATE">По дате начала</option>
        <option value="RATING">По рейтингу</option>
      </select>
      <div className="actions">
        <button type="submit" className="primary">Применить фильтры</button>
        <button type="button" onClick={reset}>Сбросить</button>
      </div>
    </form>
    </details>
  );
}
