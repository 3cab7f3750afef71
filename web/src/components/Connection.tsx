import { createContext, useContext } from "react";

export const ConnectionContext = createContext(true);

/** Says so while the server cannot be reached; requests are retried meanwhile. */
export function ConnectionBanner() {
  const online = useContext(ConnectionContext);
  if (online) return null;
  return (
    <div role="alert" className="banner banner-offline">
      Нет связи с сервером. Повторяем попытку автоматически…
    </div>
  );
}
