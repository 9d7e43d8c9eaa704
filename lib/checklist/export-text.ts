/**
 * The 督办台账 as csv and markdown. csv: RFC 4180 quoting, CRLF, and a UTF-8 byte-order mark so that Excel and WPS
 * read the Chinese correctly; cells that a spreadsheet would take for a formula — = + - @ first, also after
 * leading spaces, or a tab or CR first — are prefixed with ' (CSV injection). Markdown: the title as a heading
 * and a pipe table, both escaped the same way: markdown punctuation backslash-escaped (so `![…](https://…)` is
 * text, never a remote image, and `[…](…)` never a link), < as &lt; so no markup or autolink gets through, line
 * breaks as <br> in cells and spaces in the title.
 */
import { ISO_HEADER, LEDGER_HEADER, type Ledger } from './ledger-rows';

/** One csv field. */
export function csvField(value: string): string {
  const safe = /^[\s\u3000\ufeff]*[=+\-@]|^[\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The ledger as csv text, starting with U+FEFF (write it as UTF-8). Header row first; the title is left out. */
export function ledgerCsv(ledger: Ledger): string {
  const lines = [[...LEDGER_HEADER, ISO_HEADER], ...ledger.rows.map((r) => [...r.cells, r.dueIso])].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Markdown text with no markup of its own: punctuation that starts emphasis, code, links or images escaped. */
export function markdownText(value: string): string {
  return value.replace(/[\\`*_[\]|~#!]/g, '\\$&').replace(/</g, '&lt;');
}

/** One markdown table cell. */
export function markdownCell(value: string): string {
  return markdownText(value).replace(/\r?\n/g, '<br>');
}

/** The ledger as a markdown document. */
export function ledgerMarkdown(ledger: Ledger): string {
  const row = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [`# ${markdownText(ledger.title).replace(/\s*[\r\n]+\s*/g, ' ')}`, '', row(LEDGER_HEADER), row(LEDGER_HEADER.map(() => '---')), ...ledger.rows.map((r) => row(r.cells)), ''].join('\n');
}
