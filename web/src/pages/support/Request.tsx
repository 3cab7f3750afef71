import { Link, useParams } from "react-router-dom";
import { SupportThread } from "./Thread";

/** One request of the queue: its thread, the answer and resolving it. */
export default function Request() {
  const { id = "" } = useParams();
  return (
    <section>
      <h1>Обращение</h1>
      <p><Link to="/support">← К очереди</Link></p>
      <SupportThread id={id} staff />
    </section>
  );
}
