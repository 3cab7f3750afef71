import { useState } from "react";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { LoadRegisterExtractDocument } from "../../generated/graphql";
import { formatNumber } from "../../format";
import { extractFormat } from "./extract";

/** Upload of the ФРМР register extract (json or csv), replacing the previous one. */
export default function RegisterExtract() {
  const [, load] = useMutation(LoadRegisterExtractDocument);
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<UserErrorShape | string | null>(null);
  const [records, setRecords] = useState<number | null>(null);
  const format = file ? extractFormat(file.name) : null;

  async function submit() {
    if (!file || !format) return;
    setRecords(null);
    const result = await load({ format, content: await file.text() });
    const reply = result.data?.loadRegisterExtract;
    setFailure(userErrorOf(reply) ?? (result.error ? result.error.message : null));
    if (reply?.__typename === "RegisterExtractPayload") setRecords(reply.records);
  }

  return (
    <section>
      <h1>Выписка ФРМР</h1>
      <p>
        Выписка из Федерального регистра медицинских работников заменяет предыдущую; статусы документов специалистов
        («подтверждён в ФРМР») сверяются с ней. Форматы: JSON или CSV с колонками
        <code> snils,document_kind,series,number,specialty_code,issued_on</code>.
      </p>
      <form className="form" aria-label="Загрузка выписки ФРМР" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label>
          Файл выписки (.json или .csv)
          <input type="file" accept=".json,.csv" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setRecords(null); setFailure(null); }} />
        </label>
        {file && !format ? <p role="alert" className="error">Выберите файл .json или .csv.</p> : null}
        <ErrorMessage error={failure} />
        <button type="submit" className="primary" disabled={!format}>Загрузить выписку</button>
        {records !== null ? <p role="status" className="ok">Выписка загружена: записей {formatNumber(records)}.</p> : null}
      </form>
    </section>
  );
}
