import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { ErrorMessage, type UserErrorShape } from "./Errors";

interface Common {
  label: string;
  hint?: ReactNode;
  /** A UserError whose `field` names this control is shown under it. */
  error?: UserErrorShape | null;
}

export function TextField({ label, hint, error, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} {...input} />
      {hint ? <small id={`${id}-hint`}>{hint}</small> : null}
      <ErrorMessage error={error} id={`${id}-error`} />
    </div>
  );
}

export function SelectField({
  label, hint, error, children, ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...select}>
        {children}
      </select>
      {hint ? <small>{hint}</small> : null}
      <ErrorMessage error={error} id={`${id}-error`} />
    </div>
  );
}

/** The error goes next to the field it names; otherwise at the form's end. */
export function errorFor(error: UserErrorShape | null, ...fields: string[]): UserErrorShape | null {
  return error && error.field && fields.includes(error.field) ? error : null;
}

export function formError(error: UserErrorShape | null, ...fields: string[]): UserErrorShape | null {
  return error && !(error.field && fields.includes(error.field)) ? error : null;
}
