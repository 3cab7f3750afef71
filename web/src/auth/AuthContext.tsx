import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { UserManager } from "oidc-client-ts";
import type { User } from "./session";

export interface Auth {
  user: User | null;
  ready: boolean;
  manager: UserManager;
  /** To the provider's login page; `returnTo` is where the app goes after it. */
  login: (returnTo?: string, esia?: boolean) => Promise<void>;
  /** Forgets the tokens here (the session at the provider is ended by the caller first). */
  forget: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let alive = true;
    manager.getUser().then((found) => {
      if (!alive) return;
      setUser(found && !found.expired ? found : null);
      setReady(true);
    });
    const loaded = (next: User) => setUser(next);
    const gone = () => setUser(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(gone);
    manager.events.addSilentRenewError(gone);
    return () => {
      alive = false;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(gone);
      manager.events.removeSilentRenewError(gone);
    };
  }, [manager]);

  const value = useMemo<Auth>(
    () => ({
      user,
      ready,
      manager,
      login: (returnTo = "/", esia = false) =>
        manager.signinRedirect({
          state: { returnTo },
          extraQueryParams: esia ? { kc_idp_hint: "esia" } : undefined,
        }),
      forget: async () => {
        await manager.removeUser();
        setUser(null);
      },
    }),
    [user, ready, manager],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error("useAuth outside AuthProvider");
  return auth;
}
