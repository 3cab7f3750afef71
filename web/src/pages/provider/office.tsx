// What every screen of the provider's office shares: the provider one works for (from one's
// grants), the seats of a cycle per basis, and the labels of the office.
import { useQuery } from "urql";
import { Loading } from "../../components/Loading";
import { ProviderGrantsDocument } from "../../generated/graphql";
import { FUNDING } from "../../labels";
import { formatRubles } from "../../format";

const PROVIDER_SCOPE = "provider:";
const STAFF_ROLES = new Set(["provider_staff", "provider_admin"]);

/** The providers the person works for (provider_staff / provider_admin grants), in grant order. */
export function useProviders(): { providers: string[]; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: ProviderGrantsDocument });
  const providers = [
    ...new Set(
      (data?.myGrants ?? [])
        .filter((grant) => STAFF_ROLES.has(grant.role) && grant.scope.startsWith(PROVIDER_SCOPE))
        .map((grant) => grant.scope.slice(PROVIDER_SCOPE.length)),
    ),
  ];
  return { providers, fetching };
}

/** Renders the page for the person's (first) provider, or says why it cannot. */
export function WithProvider({ children }: { children: (providerId: string) => JSX.Element }) {
  const { providers, fetching } = useProviders();
  if (fetching && providers.length === 0) return <Loading />;
  if (providers.length === 0) {
    return <p role="alert" className="error">Нет прав сотрудника организации: попросите администратора организации выдать роль.</p>;
  }
  return children(providers[0]);
}

export const ELEMENT_STATUS: Record<string, string> = {
  DRAFT: "черновик",
  PUBLISHED: "опубликован",
  WITHDRAWN: "снят с публикации",
};

export const OUTCOME: Record<string, string> = {
  ACCEPTED: "зачтено",
  DUPLICATE: "уже было зачтено",
  REJECTED: "отклонено",
};

export const EVENT_CODE_STATUS: Record<string, string> = {
  ISSUED: "выдан",
  PENDING: "введён, на проверке",
  ACCEPTED: "подтверждён",
  REJECTED: "отклонён",
};

export const SEAT_BASES = ["BUDGET", "CONTRACT", "OMS"] as const;

export function SeatList({ seats }: { seats: { basis: string; total: number; free: number; priceKopecks: number }[] }) {
  return (
    <ul className="seats">
      {seats.map((seat) => (
        <li key={seat.basis} data-testid="seats" data-basis={seat.basis}>
          {FUNDING[seat.basis] ?? seat.basis}: свободно {seat.free} из {seat.total}
          {seat.priceKopecks > 0 ? `, ${formatRubles(seat.priceKopecks)}` : ""}
        </li>
      ))}
    </ul>
  );
}

/** A wide table that scrolls sideways on a phone: a focusable, named region (keyboard users scroll it too). */
export function ScrollTable({ label, children }: { label: string; children: JSX.Element }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export const SUPPORT_STATUS: Record<string, string> = {
  NEW: "новое",
  IN_PROGRESS: "в работе",
  WAITING_FOR_PERSON: "ждёт ответа специалиста",
  RESOLVED: "решено",
};

export const SUPPORT_AUTHOR: Record<string, string> = {
  PERSON: "Специалист",
  SUPPORT: "Поддержка",
  PROVIDER: "Организация",
};
