import { useEffect, useRef } from "react";

/** Calls `tick` every `ms` while the page is visible (decisions made elsewhere show up). */
export function usePolling(tick: () => void, ms = 5000): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") latest.current();
    }, ms);
    return () => window.clearInterval(timer);
  }, [ms]);
}
