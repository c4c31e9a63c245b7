import { useEffect, useRef, useState } from 'react';

/**
 * After a refused save, takes the user (and the screen reader) to the first
 * field marked invalid, once the messages have rendered.
 */
export function useFocusFirstError() {
  const ref = useRef<HTMLFormElement>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (tick > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [tick]);
  return { ref, focusFirstError: () => setTick((n) => n + 1) };
}
