// urql with Graphcache (a normalised cache): entities with an `id` are shared between screens;
// value types without one are embedded in their parent. Network failures are retried and
// reported to the connection banner.
import { cacheExchange } from "@urql/exchange-graphcache";
import { retryExchange } from "@urql/exchange-retry";
import { Client, fetchExchange, mapExchange } from "urql";

const EMBEDDED = [
  "Progress", "YearProgress", "KindTotal", "KindGroupProgress", "CountedCredit", "RuleSet",
  "Specialty", "ReferenceItem", "SeatCount", "PageInfo", "CatalogConnection", "CatalogEdge",
  "KindCount", "UserError", "Registration", "PasswordResetRequested", "LoggedOut",
  "RemovePlanItemPayload", "CreditHistory", "CreditAuditEntry", "Consent", "Employment",
  "ResultWait", "SupportRequestDraft", "ProfileSpecialty", "AccreditationPortfolio",
];

export type ConnectionListener = (online: boolean) => void;

export function createGraphqlClient(
  url: string,
  accessToken: () => string | undefined,
  onConnection: ConnectionListener,
): Client {
  return new Client({
    url,
    preferGetMethod: false,
    fetchOptions: () => {
      const token = accessToken();
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      cacheExchange({ keys: Object.fromEntries(EMBEDDED.map((name) => [name, () => null])) }),
      retryExchange({
        initialDelayMs: 1000,
        maxDelayMs: 10000,
        maxNumberAttempts: Number.POSITIVE_INFINITY,
        // Queries only: a mutation that may have reached the server is not sent again by itself.
        retryIf: (error, operation) => Boolean(error.networkError) && operation.kind === "query",
      }),
      // After the retries: it sees every attempt, so the banner shows while they fail.
      mapExchange({
        onResult(result) {
          if (!result.error?.networkError) onConnection(true);
        },
        onError(error) {
          if (error.networkError) onConnection(false);
        },
      }),
      fetchExchange,
    ],
  });
}
