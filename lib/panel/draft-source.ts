/**
 * Where a draft shown in the side panel comes from, and what follows from it: the checklist key a save merges
 * under, the site, and — when highlights are off — why (a canvas suite, no editor, a site not enabled). Pure.
 */
import { isCanvasSuite } from '../editors/canvas-suite';
import type { NoHighlightReason } from '../editors/contract';

/** The names of the canvas suites (lib/editors/canvas-suite.ts recognises them), by host. */
const SUITE_NAMES: readonly [RegExp, string][] = [
  [/(^|\.)docs\.qq\.com$/, '腾讯文档'],
  [/(^|\.)(kdocs\.cn|wps\.cn)$/, 'WPS 在线'],
  [/^docs\.google\.com$/, 'Google Docs'],
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The name of the canvas suite `url` belongs to (「腾讯文档」), or null when it is no canvas suite. */
export function canvasSuiteOf(url: string): string | null {
  const u = parse(url);
  if (!u || !isCanvasSuite(u)) return null;
  return SUITE_NAMES.find(([re]) => re.test(u.hostname))?.[1] ?? null;
}

/** The site of a page, as the checklist stores it (`oa.example.gov.cn`), or null for a pasted draft. */
export function siteOf(url: string | null): string | null {
  return (url && parse(url)?.hostname) || null;
}

/**
 * Why a tab that published no editor state has no highlights; `isEnabled(origin)` as lib/sites.ts decides it.
 * nb. Without host access the browser hides a tab's URL (''): that is a site the user has not enabled.
 */
export function reasonWithoutState(url: string, isEnabled: (origin: string) => boolean): NoHighlightReason {
  if (!url) return 'site-disabled';
  if (canvasSuiteOf(url)) return 'canvas-editor';
  const u = parse(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return 'no-editor';
  return isEnabled(u.origin) ? 'no-editor' : 'site-disabled';
}

/** What identifies one draft for the checklist. */
export interface DraftIdentity {
  url: string;
  editorId: string;
  /** For a pasted draft: its title or first line. */
  title: string;
  /** For a pasted draft: its text (fingerprinted into the key). */
  text?: string;
}

/**
 * A fragment that routes a single-page app (`#/doc/edit?id=101`, `#!/doc/7`, `#doc=7`), as opposed to a place in
 * the page (`#top`, `#section-2`): hash-routed OA systems show a different document for each route.
 */
const ROUTE = /^#(?:[!/]|[^#]*[=/?])/;

/** The fragment of `url` when it is a route, else ''. */
export function routeOf(url: string): string {
  const at = url.indexOf('#');
  const fragment = at < 0 ? '' : url.slice(at);
  return ROUTE.test(fragment) ? fragment : '';
}

/**
 * A fingerprint of a text: two 32-bit FNV-1a hashes of it with white space left out, as 16 hex digits. Linear;
 * the same text pasted again (re-wrapped or not) gives the same fingerprint.
 */
export function textFingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0) continue;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The checklist key of a draft. A page's editor or a captured selection: the page with its hash route (not a
 * plain in-page anchor) and the editor, so saving it again merges into the same checklist and two routes of one
 * OA page never share one. Pasted text: `paste:`, the title and a fingerprint of the text, so two drafts that
 * only share a title never share a key (the same text pasted again does). The save confirms a key's checklist by
 * its content too (lib/db/save-analysis.ts).
 */
export function draftKey(kind: 'page' | 'paste', id: DraftIdentity): string {
  if (kind === 'paste') return `paste:${id.title.trim().slice(0, 200) || '未命名文稿'}#${textFingerprint(id.text ?? '')}`;
  const at = id.url.indexOf('#');
  const page = at < 0 ? id.url : id.url.slice(0, at);
  return `${page}${routeOf(id.url)}#${id.editorId}`;
}

/** A salutation line (同志们：, 各位代表：): short, ending in a colon, no sentence in it. */
const SALUTATION = /^[^。！？；]{1,30}[：:]$/;

/**
 * A pasted draft's name: its first non-blank line, trimmed and cut to 100 characters — skipping a salutation
 * (a draft pasted without its title often starts 同志们：), unless that is all there is.
 */
export function firstLine(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => !SALUTATION.test(l)) ?? lines[0] ?? '').slice(0, 100);
}
