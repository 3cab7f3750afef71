import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../components/Errors";
import { errorFor, formError, SelectField, TextField } from "../components/Field";
import { RegisterDocument, type RegistrationInput } from "../generated/graphql";

// The consent texts the person agrees to (identity-svc records their versions).
const CONSENT_VERSION = "2025-01";
const FIELDS = ["snils", "lastName", "firstName", "patronymic", "birthDate", "email", "phone", "password", "regionCode", "sex", "consents"];

export default function Register() {
  const [result, register] = useMutation(RegisterDocument);
  const [error, setError] = useState<UserErrorShape | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    if (text("password") !== text("password2")) {
      setError({ code: "password_mismatch", message: "Пароли не совпадают.", field: "password" });
      return;
    }
    const input: RegistrationInput = {
      kind: text("kind") === "SPECIALIST_SECONDARY" ? "SPECIALIST_SECONDARY" : "SPECIALIST_HIGHER",
      citizenship: "RU",
      regionCode: text("regionCode"),
      snils: text("snils"),
      lastName: text("lastName"),
      firstName: text("firstName"),
      patronymic: text("patronymic") || null,
      sex: text("sex") === "MALE" ? "MALE" : "FEMALE",
      birthDate: text("birthDate"),
      email: text("email"),
      phone: text("phone"),
      password: text("password"),
      consents: [
        ...(form.get("personalData") ? [{ kind: "PERSONAL_DATA" as const, textVersion: CONSENT_VERSION }] : []),
        ...(form.get("agreement") ? [{ kind: "USER_AGREEMENT" as const, textVersion: CONSENT_VERSION }] : []),
      ],
      idempotencyKey,
    };
    const reply = await register({ input });
    const data = reply.data?.register;
    setError(userErrorOf(data));
    if (data?.__typename === "Registration") setDone(data.email);
  }

  if (done) {
    return (
      <section>
        <h1>Подтвердите адрес электронной почты</h1>
        <p role="status">
          Мы отправили письмо на {done}. Перейдите по ссылке из письма, затем войдите по СНИЛС и паролю.
        </p>
        <Link to="/">Ко входу</Link>
      </section>
    );
  }
  return (
    <section>
      <h1>Регистрация специалиста</h1>
      <form onSubmit={submit} noValidate className="form">
        <TextField label="СНИЛС" name="snils" inputMode="numeric" autoComplete="off" placeholder="123-456-789 01" required error={errorFor(error, "snils")} />
        <TextField label="Фамилия" name="lastName" autoComplete="family-name" required error={errorFor(error, "lastName")} />
        <TextField label="Имя" name="firstName" autoComplete="given-name" required error={errorFor(error, "firstName")} />
        <TextField label="Отчество (если есть)" name="patronymic" autoComplete="additional-name" error={errorFor(error, "patronymic")} />
        <SelectField label="Пол" name="sex" error={errorFor(error, "sex")}>
          <option value="FEMALE">женский</option>
          <option value="MALE">мужской</option>
        </SelectField>
        <TextField label="Дата рождения" name="birthDate" type="date" required error={errorFor(error, "birthDate")} />
        <SelectField label="Уровень образования" name="kind">
          <option value="SPECIALIST_HIGHER">высшее медицинское или фармацевтическое</option>
          <option value="SPECIALIST_SECONDARY">среднее медицинское или фармацевтическое</option>
        </SelectField>
        <TextField label="Код региона" name="regionCode" inputMode="numeric" required hint="Две цифры, например 16 — Республика Татарстан" error={errorFor(error, "regionCode")} />
        <TextField label="Электронная почта" name="email" type="email" autoComplete="email" required error={errorFor(error, "email")} />
        <TextField label="Телефон" name="phone" type="tel" autoComplete="tel" required error={errorFor(error, "phone")} />
        <TextField label="Пароль" name="password" type="password" autoComplete="new-password" required error={errorFor(error, "password")} />
        <TextField label="Пароль ещё раз" name="password2" type="password" autoComplete="new-password" required />
        <fieldset>
          <legend>Согласия</legend>
          <label className="check"><input type="checkbox" name="personalData" /> Согласен(на) на обработку персональных данных</label>
          <label className="check"><input type="checkbox" name="agreement" /> Принимаю пользовательское соглашение</label>
          <ErrorMessage error={errorFor(error, "consents")} />
        </fieldset>
        <ErrorMessage error={formError(error, ...FIELDS)} />
        <ErrorMessage error={result.error} />
        <button type="submit" className="primary" disabled={result.fetching}>Зарегистрироваться</button>
      </form>
    </section>
  );
}
