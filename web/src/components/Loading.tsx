import type { CombinedError } from "urql";
import { ErrorMessage } from "./Errors";

export function Loading() {
  return <p aria-live="polite" className="muted">Загрузка…</p>;
}

/** The loading state, or the error, of a query; null when the data is there. */
export function QueryState({ fetching, error, hasData }: { fetching: boolean; error?: CombinedError; hasData: boolean }) {
  if (error && !hasData) return <ErrorMessage error={error} />;
  if (fetching && !hasData) return <Loading />;
  return null;
}
