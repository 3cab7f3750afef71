import { Link, useParams } from "react-router-dom";
import { SupportThread } from "./support/Thread";

/** One of the person's support requests: the thread with support's answers and the reply. */
export default function SupportRequestsThread() {
  const { id = "" } = useParams();
  return (
    <section>
      <h1>Обращение в поддержку</h1>
      <p><Link to="/my-support">← Все обращения</Link></p>
      <SupportThread id={id} />
    </section>
  );
}
