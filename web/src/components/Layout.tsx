import { useState, type ReactNode } from "react";
import { NavLink } from "react-router-dom";
import { useMutation } from "urql";
import { useAuth } from "../auth/AuthContext";
import { LogoutDocument } from "../generated/graphql";
import { ConnectionBanner } from "./Connection";

const SECTIONS: [string, string][] = [
  ["/", "Мои циклы"],
  ["/documents", "Документы"],
  ["/catalog", "Каталог"],
  ["/plan", "План"],
  ["/applications", "Заявки"],
  ["/codes", "Коды"],
  ["/credits", "Баллы"],
];

export function Layout({ children }: { children: ReactNode }) {
  const { user, login, forget } = useAuth();
  const [, logout] = useMutation(LogoutDocument);
  const [leaving, setLeaving] = useState(false);

  async function signOut() {
    setLeaving(true);
    // The session ends at the identity provider (through the gateway), then here.
    if (user?.refresh_token) await logout({ refreshToken: user.refresh_token });
    await forget();
    setLeaving(false);
    window.location.assign("/");
  }

  return (
    <>
      <a className="skip-link" href="#main">Перейти к содержимому</a>
      <header className="top">
        <a className="brand" href="/">НМО · личный кабинет</a>
        {user ? (
          <nav aria-label="Разделы">
            <ul>
              {SECTIONS.map(([to, label]) => (
                <li key={to}>
                  <NavLink to={to} end={to === "/"}>{label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="account">
          {user ? (
            <button type="button" onClick={signOut} disabled={leaving}>Выйти</button>
          ) : (
            <button type="button" onClick={() => login(window.location.pathname)}>Войти</button>
          )}
        </div>
      </header>
      <ConnectionBanner />
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
