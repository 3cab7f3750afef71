import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorMessage, userErrorOf, type UserErrorShape } from "../../components/Errors";
import { TextField } from "../../components/Field";
import { QueryState } from "../../components/Loading";
import { HideReviewDocument, ReviewsToModerateDocument } from "../../generated/graphql";
import { formatDateTime } from "../../format";

function ReviewsOfElements({ query }: { query: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ReviewsToModerateDocument, variables: { query }, requestPolicy: "cache-and-network" });
  const [, hide] = useMutation(HideReviewDocument);
  const [failure, setFailure] = useState<UserErrorShape | null>(null);
  const reviewed = (data?.catalog.edges ?? []).map((edge) => edge.node).filter((element) => element.reviews.edges.length > 0);
  return (
    <>
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} />
      <ErrorMessage error={failure} />
      {data && reviewed.length === 0 ? <p>Отзывов не найдено.</p> : null}
      {reviewed.map((element) => (
        <section key={element.id} aria-label={element.title}>
          <h2>{element.title}</h2>
          <p className="muted">{element.providerName}</p>
          <ul className="cards">
            {element.reviews.edges.map(({ node: review }) => (
              <li key={review.id} className="card" data-testid="moderated-review" data-hidden={review.hidden}>
                <p><strong>{review.score} из 10</strong> · {formatDateTime(review.createdAt)}{review.hidden ? " · скрыт" : ""}</p>
                {review.text ? <p>{review.text}</p> : null}
                <button type="button"
                  onClick={async () => setFailure(userErrorOf((await hide({ reviewId: review.id, hidden: !review.hidden })).data?.hideReview))}>
                  {review.hidden ? "Показать отзыв" : "Скрыть отзыв"}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** Reviews of published elements, found by the catalog's search: an admin hides or shows them again. */
export default function Reviews() {
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  return (
    <section>
      <h1>Отзывы</h1>
      <form className="form inline" role="search" aria-label="Поиск элементов" onSubmit={(e) => { e.preventDefault(); setQuery(text.trim()); }}>
        <TextField label="Название элемента" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Найти</button>
      </form>
      <ReviewsOfElements query={query} />
    </section>
  );
}
