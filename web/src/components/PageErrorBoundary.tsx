import { Component, type ReactNode } from "react";

interface State {
  failed: boolean;
}

/** A screen whose code could not be loaded (connection lost) says so and offers a retry. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section>
        <h1>Страница не загрузилась</h1>
        <p role="alert" className="error">Не удалось загрузить раздел: проверьте соединение с интернетом.</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>Повторить</button>
      </section>
    );
  }
}
