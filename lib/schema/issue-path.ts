/** The path of a zod issue as people read it: items[3].status; `(根)` for the value itself. Dependency free. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(根)';
}
