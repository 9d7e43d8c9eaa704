/**
 * How a message becomes text, and how dates and counts read in each locale. Pure, no React, no DOM.
 *
 * A message is a string with `{name}` for a value and, where a count changes the words (English), an ICU-style
 * plural: `{n, plural, one {# problem group} other {# problem groups}}` — `=N` for an exact number, the
 * categories of `Intl.PluralRules` (one, few, many, other …) otherwise, `#` for the number itself. Chinese has no
 * plural forms, so the zh-CN messages are plain `{name}` strings. A value that is not given leaves its placeholder
 * as written, so a missing value shows instead of vanishing. Every message is scanned once, left to right.
 */

export type Locale = 'zh-CN' | 'en';
export type Values = Record<string, string | number>;

/** The BCP 47 tag handed to Intl for each locale (en is US English: "Dec 15, 2026"). */
const intlTag: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlTag[locale])));
  return rules.select(n);
}

/** The index of the `}` closing the `{` at `open`, or -1 when it is not closed. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    const c = template[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The `selector {text}` options of a plural, or null when they do not parse. */
function pluralOptions(body: string): Map<string, string> | null {
  const options = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i]!)) i++;
    if (i >= body.length) break;
    const m = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i, i + 12));
    if (!m) return null;
    const open = i + m[0].length - 1;
    const close = closing(body, open);
    if (close < 0) return null;
    options.set(m[1]!, body.slice(open + 1, close));
    i = close + 1;
  }
  return options.has('other') ? options : null;
}

const PLURAL_HEAD = /^\s*(\w+)\s*,\s*plural\s*,/;

/** `template` with its `{name}` placeholders and plurals filled from `values` in `locale`. */
export function formatMessage(locale: Locale, template: string, values?: Values, count?: number): string {
  if (!values && count === undefined) return template;
  let out = '';
  let from = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '#' && count !== undefined) {
      out += template.slice(from, i) + String(count);
      from = i + 1;
      continue;
    }
    if (c !== '{') continue;
    const close = closing(template, i);
    if (close < 0) break;
    const inner = template.slice(i + 1, close);
    let replacement: string | null = null;
    if (/^\w+$/.test(inner)) {
      if (values && Object.hasOwn(values, inner)) replacement = String(values[inner]);
    } else {
      const head = PLURAL_HEAD.exec(inner);
      const value = head && values && Object.hasOwn(values, head[1]!) ? Number(values[head[1]!]) : NaN;
      const options = head && !Number.isNaN(value) ? pluralOptions(inner.slice(head[0].length)) : null;
      if (options) {
        const chosen = options.get(`=${value}`) ?? options.get(pluralCategory(locale, value)) ?? options.get('other')!;
        replacement = formatMessage(locale, chosen, values, value);
      }
    }
    if (replacement !== null) {
      out += template.slice(from, i) + replacement;
      from = close + 1;
    }
    i = close;
  }
  return out + template.slice(from);
}

/**
 * The names of the values a message takes (`{name}` and plurals' counts, inside plurals too), sorted, unique; a
 * plural's option text (`one {it}`) is not a value.
 */
export function messageArguments(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/(?<!(?:=\d+|\b(?:zero|one|two|few|many|other))\s*)\{\s*(\w+)\s*(?:\}|,\s*plural\s*,)/g)) names.add(m[1]!);
  return [...names].sort();
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A day ('2026-12-15') as people read it: 「2026年12月15日」 in Chinese, "Dec 15, 2026" in English. Anything that
 * is not an ISO day is returned as it is (a deadline's own words, say).
 */
export function formatDay(locale: Locale, iso: string): string {
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  if (locale === 'zh-CN') return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(intlTag[locale], { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })));
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** A moment (ms since the epoch) in local time: 「2026年12月15日 09:05」, or "Dec 15, 2026, 9:05 AM". */
export function formatDateTime(locale: Locale, ms: number): string {
  const d = new Date(ms);
  if (locale === 'zh-CN') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }
  let format = timeFormats.get(locale);
  if (!format) timeFormats.set(locale, (format = new Intl.DateTimeFormat(intlTag[locale], { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(d);
}
