import { GrantForm, RevokeForm } from "./Grants";
import { RoleRequestsToDecide } from "./RoleRequests";

/** The administrator's roles screen: grants and revocations by SNILS, and role requests to decide. */
export default function Roles() {
  return (
    <section>
      <h1>Роли и полномочия</h1>
      <section aria-labelledby="grant-heading">
        <h2 id="grant-heading">Выдать роль</h2>
        <GrantForm />
      </section>
      <section aria-labelledby="revoke-heading">
        <h2 id="revoke-heading">Отозвать роль</h2>
        <RevokeForm />
      </section>
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">Запросы ролей</h2>
        <RoleRequestsToDecide />
      </section>
    </section>
  );
}
