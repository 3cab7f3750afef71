import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useAuth } from "./AuthContext";

/** The provider redirects here with `code` and `state`; the code is exchanged with the verifier. */
export function Callback() {
  const { manager } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // the code is single use: never exchange it twice
    started.current = true;
    manager
      .signinRedirectCallback()
      .then((user) => {
        const state = user.state as { returnTo?: string } | undefined;
        navigate(state?.returnTo ?? "/", { replace: true });
      })
      .catch((reason: unknown) => {
        const text = reason instanceof Error ? reason.message : String(reason);
        setError(text);
      });
  }, [manager, navigate]);

  if (error) {
    return (
      <section>
        <h1>Не удалось войти</h1>
        <p role="alert" className="error">Поставщик удостоверений отказал во входе: {error}</p>
        <a href="/">На главную</a>
      </section>
    );
  }
  return <p aria-live="polite">Выполняется вход…</p>;
}
