import { lazy, Suspense, type ReactNode } from "react";
import { Route, Routes, useLocation } from "react-router-dom";
import { useAuth } from "./auth/AuthContext";
import { Callback } from "./auth/Callback";
import { Layout } from "./components/Layout";
import { Loading } from "./components/Loading";
import { PageErrorBoundary } from "./components/PageErrorBoundary";
import { Welcome } from "./pages/Welcome";
import { AREAS, rolesOf, type Area } from "./areas";

const Register = lazy(() => import("./pages/Register"));
const PasswordReset = lazy(() => import("./pages/PasswordReset"));
const SmkRegistration = lazy(() => import("./pages/smk/Registration"));

/**
 * Screens behind a login: anonymous visitors see the welcome page with "Войти"; a person without
 * the area's role is told so (the services refuse the calls anyway).
 */
function Private({ area, children }: { area: Area; children: ReactNode }) {
  const { user, ready } = useAuth();
  const location = useLocation();
  if (!ready) return <Loading />;
  if (!user) return <Welcome returnTo={location.pathname + location.search} />;
  const roles = rolesOf(user);
  if (area.roles.length > 0 && !area.roles.some((role) => roles.has(role))) {
    return (
      <section>
        <h1>Нет доступа</h1>
        <p>Этот раздел открыт для роли «{area.label}». Роль можно запросить в разделе <a href="/my-roles">«Роли»</a>, после одобрения войдите заново.</p>
        <a href="/">На главную</a>
      </section>
    );
  }
  return <>{children}</>;
}

export function App() {
  return (
    <Layout>
      <PageErrorBoundary>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/auth/callback" element={<Callback />} />
          <Route path="/register" element={<Register />} />
          <Route path="/password-reset" element={<PasswordReset />} />
          <Route path="/smk/rejestracja" element={<SmkRegistration />} />
          {AREAS.flatMap((area) =>
            area.routes.map(({ path, page: Page }) => (
              <Route key={path} path={path} element={<Private area={area}><Page /></Private>} />
            )),
          )}
          <Route path="*" element={<section><h1>Страница не найдена</h1><a href="/">На главную</a></section>} />
        </Routes>
      </Suspense>
      </PageErrorBoundary>
    </Layout>
  );
}
