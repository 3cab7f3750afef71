import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { TextField } from "../components/Field";
import { RequestPasswordResetDocument } from "../generated/graphql";

export default function PasswordReset() {
  const [result, request] = useMutation(RequestPasswordResetDocument);
  const [error, setError] = useState<UserErrorShape | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const snils = String(new FormData(event.currentTarget).get("snils") ?? "").trim();
    const data = (await request({ snils })).data?.requestPasswordReset;
    setError(userErrorOf(data));
    setMessage(data?.__typename === "PasswordResetRequested" ? data.message : null);
  }

  return (
    <section>
      <h1>Восстановление пароля</h1>
      {message ? (
        <p role="status">{message}</p>
      ) : (
        <form onSubmit={submit} className="form">
          <TextField label="СНИЛС" name="snils" inputMode="numeric" required error={error} hint="Письмо со ссылкой придёт на адрес из профиля" />
          <ErrorMessage error={result.error} />
          <button type="submit" className="primary" disabled={result.fetching}>Отправить ссылку</button>
        </form>
      )}
    </section>
  );
}
