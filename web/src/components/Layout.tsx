import { useState, type ReactNode } from "react";
import { NavLink, useLocation, useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { areaOfPath, areasFor, rolesOf } from "../areas";
import { useAuth } from "../auth/AuthContext";
import { LogoutDocument } from "../generated/graphql";
import { ConnectionBanner } from "./Connection";


export function Layout({ children }: { children: ReactNode }) {
  const { user, login, forget } = useAuth();
  const [, logout] = useMutation(LogoutDocument);
  const [leaving, setLeaving] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const area = areaOfPath(location.pathname);
  const open = user ? areasFor(rolesOf(user)) : [];

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
              {area.sections.map(([to, label]) => (
                <li key={to}>
                  <NavLink to={to} end={to === area.home}>{label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="account">
          {open.length > 1 ? (
            <label className="area-switch">
              <span>Роль</span>
              <select value={area.id} onChange={(event) => {
                const next = open.find((candidate) => candidate.id === event.target.value);
                if (next) navigate(next.home);
              }}>
                {open.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>{candidate.label}</option>
                ))}
              </select>
            </label>
          ) : null}
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
