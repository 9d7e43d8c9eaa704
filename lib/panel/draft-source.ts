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
}

/**
 * The checklist key of a draft: its page (without the fragment) and editor for a page's editor or a captured
 * selection, so saving it again merges into the same checklist; `paste:` and the title for pasted text.
 */
export function draftKey(kind: 'page' | 'paste', id: DraftIdentity): string {
  if (kind === 'paste') return `paste:${id.title.trim().slice(0, 200) || '未命名文稿'}`;
  const page = id.url.replace(/#.*$/, '');
  return `${page}#${id.editorId}`;
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
