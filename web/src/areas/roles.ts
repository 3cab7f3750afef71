import type { User } from "../auth/session";

/** The realm roles in the access token (`realm_access.roles`), as the services read them. */
export function rolesOf(user: User | null): Set<string> {
  if (!user?.access_token) return new Set();
  const payload = user.access_token.split(".")[1];
  if (!payload) return new Set();
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(json, (char) => char.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as { realm_access?: { roles?: string[] } };
    return new Set(claims.realm_access?.roles ?? []);
  } catch {
    return new Set();
  }
}
