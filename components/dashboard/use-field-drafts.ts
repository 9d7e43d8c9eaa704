/**
 * Per-field drafts of a form over a record that live updates may change under it (the dashboard's item panel: another
 * tab, a status change, a re-save of the draft all give the record a new version while someone types). Each field
 * keeps the text the person typed; a field follows the record only while it is clean — its text is the record's value
 * as last taken — and not focused, so an open field never loses its text or caret. A focused clean field catches up
 * when it loses the focus; a dirty field whose text the record comes to hold (it was saved) is clean again.
 */
import { useState } from 'react';

interface DraftState<K extends string> {
  /** The record's values the state last followed. */
  source: Record<K, string>;
  /** What each field shows. */
  values: Record<K, string>;
  /** The record's value each field last took: a field is dirty when its text differs from it. */
  bases: Record<K, string>;
  focused: K | null;
}

function sameValues<K extends string>(a: Record<K, string>, b: Record<K, string>): boolean {
  for (const k in a) if (a[k] !== b[k]) return false;
  return true;
}

/** The next state when the record's values become `source`: clean fields that are not focused follow it. */
export function followSource<K extends string>(state: DraftState<K>, source: Record<K, string>): DraftState<K> {
  const values = { ...state.values };
  const bases = { ...state.bases };
  for (const k in source) {
    if (values[k] === source[k]) bases[k] = source[k];
    else if (values[k] === bases[k] && state.focused !== k) values[k] = bases[k] = source[k];
  }
  return { ...state, source, values, bases };
}

/** What `useFieldDrafts` gives: the fields' texts, a setter, focus handlers per field, and which fields are dirty. */
export interface FieldDrafts<K extends string> {
  values: Record<K, string>;
  set(field: K, value: string): void;
  /** Sets several fields at once (a typed deadline also sets its day). */
  patch(values: Partial<Record<K, string>>): void;
  /** onFocus/onBlur for a field's input. */
  focusProps(field: K): { onFocus(): void; onBlur(): void };
  dirty(field: K): boolean;
}

/** Drafts of `source`'s fields (see the module comment); `source` is the record's current values, each render. */
export function useFieldDrafts<K extends string>(source: Record<K, string>): FieldDrafts<K> {
  const [state, setState] = useState<DraftState<K>>(() => ({ source, values: { ...source }, bases: { ...source }, focused: null }));
  let current = state;
  if (!sameValues(state.source, source)) {
    // Adjusting state while rendering (React's pattern for state derived from props): no frame shows the old text.
    current = followSource(state, source);
    setState(current);
  }
  return {
    values: current.values,
    set: (field, value) => setState((s) => ({ ...s, values: { ...s.values, [field]: value } })),
    patch: (values) => setState((s) => ({ ...s, values: { ...s.values, ...values } })),
    focusProps: (field) => ({
      onFocus: () => setState((s) => ({ ...s, focused: field })),
      onBlur: () => setState((s) => followSource({ ...s, focused: s.focused === field ? null : s.focused }, s.source)),
    }),
    dirty: (field) => current.values[field] !== current.bases[field],
  };
}
