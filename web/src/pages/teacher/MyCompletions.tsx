import { useQuery } from "urql";
import { QueryState } from "../../components/Loading";
import { MyCompletionDocumentsDocument } from "../../generated/graphql";
import { formatDate } from "../../format";

/** The teacher's own completion documents, as the operators recorded them (any school, any year). */
export function MyCompletions() {
  const [{ data, fetching, error }] = useQuery({ query: MyCompletionDocumentsDocument, requestPolicy: "cache-and-network" });
  const documents = data?.myCompletionDocuments ?? [];
  return (
    <>
      <h2>Документы об обучении</h2>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      {data && documents.length === 0 ? <p>Документов о прохождении обучения пока нет.</p> : null}
      <ul className="cards">
        {documents.map((d) => (
          <li key={d.id} className="card" data-testid="my-completion-document">
            <h3>{d.programme}</h3>
            <p>{d.documentType} {d.series} № {d.number} от {formatDate(d.issuedOn)} · {d.hours} ч.</p>
            <p className="muted">{d.organisation}{d.numberCode ? ` · номер ${d.numberCode}` : ""}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
