import { lazy, Suspense, type ReactNode } from "react";
import { Route, Routes, useLocation } from "react-router-dom";
import { useAuth } from "./auth/AuthContext";
import { Callback } from "./auth/Callback";
import { Layout } from "./components/Layout";
import { Loading } from "./components/Loading";
import { PageErrorBoundary } from "./components/PageErrorBoundary";
import { Welcome } from "./pages/Welcome";

const Dashboard = lazy(() => import("./pages/Dashboard"));
const Documents = lazy(() => import("./pages/Documents"));
const Catalog = lazy(() => import("./pages/Catalog"));
const ElementPage = lazy(() => import("./pages/ElementPage"));
const Plan = lazy(() => import("./pages/Plan"));
const Applications = lazy(() => import("./pages/Applications"));
const Codes = lazy(() => import("./pages/Codes"));
const Credits = lazy(() => import("./pages/Credits"));
const Register = lazy(() => import("./pages/Register"));
const PasswordReset = lazy(() => import("./pages/PasswordReset"));

/** Screens of the personal account: anonymous visitors see the welcome page with "Войти". */
function Private({ children }: { children: ReactNode }) {
  const { user, ready } = useAuth();
  const location = useLocation();
  if (!ready) return <Loading />;
  if (!user) return <Welcome returnTo={location.pathname + location.search} />;
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
          <Route path="/" element={<Private><Dashboard /></Private>} />
          <Route path="/documents" element={<Private><Documents /></Private>} />
          <Route path="/catalog" element={<Private><Catalog /></Private>} />
          <Route path="/catalog/:id" element={<Private><ElementPage /></Private>} />
          <Route path="/plan" element={<Private><Plan /></Private>} />
          <Route path="/applications" element={<Private><Applications /></Private>} />
          <Route path="/codes" element={<Private><Codes /></Private>} />
          <Route path="/credits" element={<Private><Credits /></Private>} />
          <Route path="*" element={<section><h1>Страница не найдена</h1><a href="/">На главную</a></section>} />
        </Routes>
      </Suspense>
      </PageErrorBoundary>
    </Layout>
  );
}
