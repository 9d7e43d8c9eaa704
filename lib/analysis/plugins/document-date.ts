/**
 * remarkDocumentDate: the date deadlines resolve against [domain §4.3 year inference]. The document's own date
 * (成文日期, a dated line under the title, a 纪要's meeting day — as its genre profile's `datedBy` says) or year
 * (「2026年…工作要点」) wins; else `options.referenceDate`; else
 * today. Stores `file.data.date`, `year` and `referenceDate`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findDocumentDate } from '../extractors/deadlines';
import { GENRES } from '../genres';

/** Today as YYYY-MM-DD in local time. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Sets the document date, its year and the reference date. */
export function remarkDocumentDate() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!.filter((l) => l.role !== 'boilerplate');
    // The genre (remarkFrame) says where its date is read: only a 纪要 is dated by the meeting in its opening sentence.
    const { date, year } = findDocumentDate(
      lines.map((l) => l.text),
      file.data.title ?? null,
      GENRES[file.data.genre ?? 'speech'].datedBy,
    );
    file.data.date = date;
    const ref = date ?? file.data.options?.referenceDate ?? today();
    file.data.referenceDate = ref;
    file.data.year = year ?? Number(ref.slice(0, 4));
  };
}
