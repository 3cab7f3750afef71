import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { useAuth } from "../../auth/AuthContext";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { errorFor, formError, TextField } from "../../components/Field";
import { ConsentVersionsDocument, RegisterDocument, type ConsentKind, type RegistrationInput } from "../../generated/graphql";
import { isValidPesel, isValidPwz } from "../../pesel";
import { REGISTRATION_ERRORS_PL, smkTexts } from "../../texts/smk";

const t = smkTexts("pl");
const FIELDS = ["pesel", "pwz", "lastName", "firstName", "email", "phone", "password", "consents"];
const CONSENTS: [ConsentKind, string, string][] = [
  ["PERSONAL_DATA", "personalData", t.consentPersonalData],
  ["USER_AGREEMENT", "agreement", t.consentAgreement],
];

/** The failure in Polish, placed next to its field (the services answer some codes in Russian
 * and without a field). */
function inPolish(error: UserErrorShape | null): UserErrorShape | null {
  const known = error ? REGISTRATION_ERRORS_PL[error.code as keyof typeof REGISTRATION_ERRORS_PL] : undefined;
  return error && known ? { code: error.code, ...known } : error;
}

/** A mistyped number is refused before the form is sent (the same check digits as the services). */
function clientError(text: (name: string) => string): UserErrorShape | null {
  if (!isValidPesel(text("pesel"))) return inPolish({ code: "INVALID_PESEL", message: "" });
  if (!isValidPwz(text("pwz"))) return inPolish({ code: "INVALID_PWZ", message: "" });
  if (text("password") !== text("password2")) return inPolish({ code: "PASSWORD_MISMATCH", message: "" });
  return null;
}

/** Registration of a physician in Poland (SMK): PESEL and licence number, then the e-mail link. */
export default function Registration() {
  const { login } = useAuth();
  const [consents] = useQuery({ query: ConsentVersionsDocument });
  const [result, register] = useMutation(RegisterDocument);
  const [error, setError] = useState<UserErrorShape | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const refused = clientError(text);
    setError(refused);
    if (refused) return;
    const versions = consents.data?.consentTexts ?? [];
    const input: RegistrationInput = {
      kind: "SMK_PHYSICIAN",
      citizenship: "PL",
      pesel: text("pesel"),
      pwz: text("pwz"),
      lastName: text("lastName"),
      firstName: text("firstName"),
      email: text("email"),
      phone: text("phone"),
      password: text("password"),
      consents: CONSENTS.filter(([, name]) => form.get(name)).flatMap(([kind]) =>
        versions.filter((consent) => consent.kind === kind).map(({ version }) => ({ kind, textVersion: version })),
      ),
      idempotencyKey,
    };
    const reply = await register({ input });
    const data = reply.data?.register;
    setError(inPolish(userErrorOf(data)));
    if (data?.__typename === "Registration") setSentTo(data.email);
  }

  if (sentTo) {
    return (
      <section lang="pl">
        <h1>{t.verifyTitle}</h1>
        <p role="status">{t.verifySent.replace("{email}", sentTo)}</p>
        <button type="button" className="primary" onClick={() => login("/smk")}>{t.logIn}</button>
      </section>
    );
  }
  const transport = (result.error ?? consents.error) ? t.connectionError : null;
  return (
    <section lang="pl">
      <h1>{t.registration}</h1>
      <form onSubmit={submit} noValidate className="form">
        <TextField label={t.pesel} name="pesel" inputMode="numeric" autoComplete="off" maxLength={11} required hint={t.peselHint} error={errorFor(error, "pesel")} />
        <TextField label={t.pwz} name="pwz" inputMode="numeric" autoComplete="off" maxLength={7} required hint={t.pwzHint} error={errorFor(error, "pwz")} />
        <TextField label={t.lastName} name="lastName" autoComplete="family-name" required error={errorFor(error, "lastName")} />
        <TextField label={t.firstName} name="firstName" autoComplete="given-name" required error={errorFor(error, "firstName")} />
        <TextField label={t.email} name="email" type="email" autoComplete="email" required error={errorFor(error, "email")} />
        <TextField label={t.phone} name="phone" type="tel" autoComplete="tel" required hint={t.phoneHint} error={errorFor(error, "phone")} />
        <TextField label={t.password} name="password" type="password" autoComplete="new-password" required error={errorFor(error, "password")} />
        <TextField label={t.password2} name="password2" type="password" autoComplete="new-password" required />
        <fieldset>
          <legend>{t.consents}</legend>
          {CONSENTS.map(([kind, name, label]) => (
            <label key={kind} className="check"><input type="checkbox" name={name} /> {label}</label>
          ))}
          <ErrorMessage error={errorFor(error, "consents")} />
        </fieldset>
        <ErrorMessage error={formError(error, ...FIELDS)} />
        <ErrorMessage error={transport} />
        <button type="submit" className="primary" disabled={result.fetching || consents.fetching}>{t.register}</button>
      </form>
    </section>
  );
}
