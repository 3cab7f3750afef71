// OpenID Connect authorization code + PKCE (S256) against the identity provider, client `web`.
// Tokens live in sessionStorage and are renewed silently with the refresh token.
import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import type { RuntimeConfig } from "../config";

export const CALLBACK_PATH = "/auth/callback";

export function createUserManager(config: RuntimeConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: "code",
    scope: "openid",
    automaticSilentRenew: true,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export type { User };
