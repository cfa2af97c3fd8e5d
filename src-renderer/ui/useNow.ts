/** The current time, re-read every `intervalMs` (a timer's display; the time itself is stored). */
import { useEffect, useState } from 'react';

function readNow(): number {
  return Date.now();
}

export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(readNow);
  useEffect(() => {
    const id = window.setInterval(() => setNow(readNow()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** For event handlers: the time of the click, not of the last render. */
export function nowMs(): number {
  return readNow();
}
