import { useEffect } from "react";
import { useQuery } from "urql";
import { ErrorMessage } from "../../components/Errors";
import { QualificationListDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";
import { placeName, QUALIFICATION_OUTCOMES_PL, smkTexts } from "../../texts/smk";

const t = smkTexts("pl");

/** A voivodeship's ranking list of the session's current round (its office sees it before it is
 * published); `version` changes after each computation or publication. */
export function OfficeList({ sessionId, voivodeship, version }: { sessionId: string; voivodeship: string; version: number }) {
  const [{ data }, refetch] = useQuery({
    query: QualificationListDocument, variables: { sessionId, voivodeship }, requestPolicy: "network-only",
  });
  useEffect(() => {
    if (version) refetch({ requestPolicy: "network-only" });
  }, [version, refetch]);
  const list = data?.qualificationList;
  if (list?.__typename === "UserError") return <ErrorMessage error={list} />;
  if (!list) return null;
  return (
    <>
      <h2>{t.list} · {t.round} {list.round}</h2>
      <p data-testid="list-publication">{list.publishedAt ? `${t.published}: ${formatDateTime(list.publishedAt)}` : t.notPublished}</p>
      {list.results.length === 0 ? <p>{t.noList}</p> : (
        <table>
          <thead><tr><th scope="col">{t.rank}</th><th scope="col">{t.score}</th><th scope="col">{t.outcome}</th><th scope="col">{t.place}</th></tr></thead>
          <tbody>
            {list.results.map((r) => (
              <tr key={r.applicationId} data-testid="list-row" data-outcome={r.outcome}>
                <td>{r.rank}</td><td>{r.score}</td><td>{QUALIFICATION_OUTCOMES_PL[r.outcome] ?? r.outcome}</td>
                <td>{r.place ? `${placeName(r.place)} (${t.variantNumber} ${r.variantNumber})` : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
