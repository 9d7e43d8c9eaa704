import { useState } from 'react';

/**
 * State that the page may keep for a component (e.g. the side panel keeps the draft panel's corrections and splits
 * in storage.session so they survive closing it): with `kept` and `onKeep` given, the value is the page's and an
 * update goes to `onKeep`; without them, the component keeps it itself. Updates are functions of the current value.
 */
export function useKeptState<T>(kept: T | undefined, onKeep: ((next: T) => void) | undefined, initial: () => T): [T, (update: (prev: T) => T) => void] {
  const [own, setOwn] = useState<T>(initial);
  const value = kept ?? own;
  const update = (fn: (prev: T) => T) => {
    const next = fn(value);
    if (onKeep) onKeep(next);
    else setOwn(next);
  };
  return [value, update];
}
