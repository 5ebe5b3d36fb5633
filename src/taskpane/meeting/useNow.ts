// The clock of the running meeting: the current time, refreshed every second while `ticking`.
import { useEffect, useState } from "react";

export function useNow(ticking: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return undefined;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [ticking, intervalMs]);
  return now;
}

/** 12:05 from minutes (fractional), for the timer. */
export function minutesClock(minutes: number): string {
  const total = Math.max(0, Math.floor(minutes * 60));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}
