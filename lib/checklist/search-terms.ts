/**
 * Full-text search terms: IndexedDB has no text search, so each item stores the distinct character bigrams of its
 * searchable fields in a multi-entry index, and a query is answered by intersecting its bigrams' posting lists,
 * then checking the real substring (bigrams alone over-match). Folding (NFKC, lower case, no space or punctuation)
 * is the same on both sides, so 「６月」 finds 「6月」.
 */
import { bigramSet, foldForMatch } from '../anchoring/bigrams';
import { formatStep } from '../presentation/labels';
import type { ItemRecord } from '../schema/checklist';

type Searchable = Pick<ItemRecord, 'text' | 'detail' | 'group' | 'section' | 'owners' | 'deadline'>;

/** The text a query is matched against: the fields joined with a separator no query can span. */
export function searchText(item: Searchable): string {
  return [item.text, item.detail, item.group ?? '', ...item.section.map(formatStep), ...item.owners, item.deadline?.text ?? ''].map(foldForMatch).join('\u0000');
}

/** The terms stored for an item: distinct bigrams of each field (a bigram never spans two fields). */
export function termsOf(item: Searchable): string[] {
  const out = new Set<string>();
  for (const field of searchText(item).split('\u0000')) for (const g of bigramSet(field)) if (Array.from(g).length === 2) out.add(g);
  return [...out];
}

/** A query prepared for search: folded text and its bigrams (none for a one-character query). */
export function parseQuery(query: string): { folded: string; terms: string[] } {
  const folded = foldForMatch(query);
  return { folded, terms: Array.from(folded).length >= 2 ? [...bigramSet(folded)] : [] };
}

/** Whether an item contains the folded query in one of its fields. */
export function matchesQuery(item: Searchable, folded: string): boolean {
  return searchText(item).split('\u0000').some((f) => f.includes(folded));
}
