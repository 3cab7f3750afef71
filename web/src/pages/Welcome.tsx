import { Link } from "react-router-dom";
import { useAuth } from "../auth/AuthContext";
import { smkTexts } from "../texts/smk";

export function Welcome({ returnTo = "/" }: { returnTo?: string }) {
  const { login } = useAuth();
  return (
    <section className="welcome">
      <h1>Непрерывное медицинское образование</h1>
      <p>
        Пятилетние циклы, план обучения, заявки на программы повышения квалификации, коды
        подтверждения мероприятий и зачтённые баллы (ЗЕТ) — в одном личном кабинете.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => login(returnTo)}>Войти</button>
        <button type="button" onClick={() => login(returnTo, true)}>Войти через Госуслуги</button>
      </div>
      <p>
        Нет учётной записи? <Link to="/register">Зарегистрироваться по СНИЛС</Link>.{" "}
        <Link to="/password-reset">Забыли пароль?</Link>
      </p>
      <p lang="pl"><Link to="/smk/rejestracja">{smkTexts("pl").registerLink}</Link></p>
    </section>
  );
}
