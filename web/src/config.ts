// Runtime settings: the same build runs under `make up` and in Kubernetes, so the identity
// provider's address comes from /config.json (the gateway serves it in dev, a ConfigMap in k8s).

export interface RuntimeConfig {
  oidcAuthority: string;
  oidcClientId: string;
  graphqlUrl: string;
}

export async function loadConfig(): Promise<RuntimeConfig> {
  const reply = await fetch("/config.json", { cache: "no-store" });
  if (!reply.ok) throw new Error(`config.json: HTTP ${reply.status}`);
  const body = (await reply.json()) as Partial<RuntimeConfig>;
  if (!body.oidcAuthority) throw new Error("config.json: oidcAuthority missing");
  return {
    oidcAuthority: body.oidcAuthority,
    oidcClientId: body.oidcClientId ?? "web",
    graphqlUrl: body.graphqlUrl ?? "/graphql",
  };
}
