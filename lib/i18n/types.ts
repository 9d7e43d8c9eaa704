/**
 * The shape every locale module follows. A zh-CN module is the source of the keys; its English twin is typed
 * `Messages<typeof zhModule>`, so a key missing from it, or one it has and zh-CN has not, is a compile error.
 */

/** Exactly the keys of `T`, each a message string. */
export type Messages<T> = { readonly [K in keyof T]: string };

/** `{ a: 'x' }` under `prefix` → `{ 'prefix.a': 'x' }`, keyed by the record's key type (a RuleId, a Status …). */
export function prefixed<P extends string, K extends string>(prefix: P, labels: Record<K, string>): Record<`${P}.${K}`, string> {
  return Object.fromEntries(Object.entries(labels).map(([id, label]) => [`${prefix}.${id}`, label])) as Record<`${P}.${K}`, string>;
}
