import { StrictMode, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import { Provider as UrqlProvider } from "urql";
import type { UserManager } from "oidc-client-ts";
import { App } from "./App";
import { AuthProvider, useAuth } from "./auth/AuthContext";
import { createUserManager } from "./auth/session";
import { ConnectionContext } from "./components/Connection";
import { loadConfig, type RuntimeConfig } from "./config";
import { createGraphqlClient } from "./graphqlClient";
import "./styles.css";

function WithGraphql({ config, children }: { config: RuntimeConfig; children: React.ReactNode }) {
  const { user } = useAuth();
  const [online, setOnline] = useState(true);
  // The access token changes on silent renewal; the client reads the latest one.
  tokenRef.current = user?.access_token;
  const person = user?.profile.sub;
  // A new client (and cache) per signed-in person: nothing of one person's data outlives logout.
  const client = useMemo(
    () => createGraphqlClient(config.graphqlUrl, () => tokenRef.current, setOnline),
    [config.graphqlUrl, person],
  );
  return (
    <ConnectionContext.Provider value={online}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </ConnectionContext.Provider>
  );
}

const tokenRef: { current: string | undefined } = { current: undefined };

function Root({ config, manager }: { config: RuntimeConfig; manager: UserManager }) {
  return (
    <StrictMode>
      <AuthProvider manager={manager}>
        <WithGraphql config={config}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </WithGraphql>
      </AuthProvider>
    </StrictMode>
  );
}

const root = createRoot(document.getElementById("root") as HTMLElement);
loadConfig()
  .then((config) => root.render(<Root config={config} manager={createUserManager(config)} />))
  .catch((error: unknown) =>
    root.render(
      <main>
        <h1>Портал недоступен</h1>
        <p role="alert">Не удалось загрузить настройки портала ({String(error)}). Обновите страницу позже.</p>
      </main>,
    ),
  );
