import type { CombinedError } from "urql";

export interface UserErrorShape {
  code: string;
  message: string;
  field?: string | null;
}

/** A typed failure (UserError) or a transport/GraphQL error, in Russian, next to its cause. */
export function ErrorMessage({ error, id }: { error: UserErrorShape | CombinedError | string | null | undefined; id?: string }) {
  if (!error) return null;
  const text = typeof error === "string" ? error : "code" in error ? error.message : describe(error);
  return (
    <p role="alert" className="error" id={id} data-code={typeof error === "object" && "code" in error ? error.code : undefined}>
      {text}
    </p>
  );
}

export function describe(error: CombinedError): string {
  if (error.networkError) return "Нет связи с сервером. Повторите попытку позже.";
  const first = error.graphQLErrors[0];
  if (first?.extensions?.code === "unauthenticated") return "Сессия истекла: войдите снова.";
  return first?.message ? `Ошибка сервера: ${first.message}` : "Не удалось выполнить запрос.";
}

/** Picks the UserError out of a mutation's union result. */
export function userErrorOf(result: { __typename?: string } | null | undefined): UserErrorShape | null {
  if (result && result.__typename === "UserError") return result as unknown as UserErrorShape;
  return null;
}
