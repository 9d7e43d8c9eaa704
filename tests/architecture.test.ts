/**
 * Conventions as assertions (refined-github style): they hold for every file, present and future.
 * - every plugin, extractor, rule, scanner, text utility and editor adapter has its test beside it;
 * - lib/analysis/rules holds one file per finding id (RuleId), and nothing else;
 * - nothing outside lib/analysis imports past lib/analysis/index.ts (type imports and tests included);
 * - modal and unit word lists are spelled only in lib/analysis/lexicon/ (a ratchet: the files that still spell one
 *   are listed, and no other file may start to);
 * - lib/analysis is pure: no DOM, no browser or extension APIs, no WXT imports, no network;
 * - content scripts never import the database (IndexedDB there would be the page's, not the extension's);
 * - no context fetches anything: no fetch/XMLHttpRequest/WebSocket and no remote URLs in scripts or styles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../lib/analysis/index';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string, filter: (f: string) => boolean): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) return files(relative(root, p), filter);
    return filter(p) ? [relative(root, p)] : [];
  });
}

const source = (f: string) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts');

describe('architecture', () => {
  it('has a test beside every plugin, extractor, rule, text utility and editor adapter', () => {
    const dirs = ['lib/analysis/plugins', 'lib/analysis/extractors', 'lib/analysis/rules', 'lib/analysis/scanners', 'lib/analysis/text', 'lib/editors'];
    const untested = dirs.flatMap((d) => files(d, source)).filter((f) => !existsSync(join(root, f.replace(/\.tsx?$/, '.test.ts'))));
    expect(untested).toEqual([]);
  });

  it('keeps one file per finding id in lib/analysis/rules, and nothing else there', () => {
    const rules = files('lib/analysis/rules', source).map((f) => f.replace(/^lib\/analysis\/rules\/|\.ts$/g, ''));
    expect(rules.sort()).toEqual([...RULE_IDS].sort());
  });

  it('imports lib/analysis only through lib/analysis/index.ts from outside it', () => {
    const outside = ['lib', 'components', 'entrypoints', 'scripts', 'tests', 'e2e'].flatMap((d) => files(d, (f) => /\.(ts|tsx|mts|mjs|js)$/.test(f)));
    const offending = outside
      .filter((f) => !f.startsWith('lib/analysis/'))
      .flatMap((f) =>
        [...readFileSync(join(root, f), 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bvi\.mock\s*\(\s*)['"]([^'"]+)['"]/g)].flatMap(([, spec]) => {
          const target = spec!.startsWith('@/') ? spec!.slice(2) : spec!.startsWith('.') ? relative(root, join(root, f, '..', spec!)) : null;
          if (!target || !/^lib\/analysis(?:\/|$)/.test(target)) return [];
          return /^lib\/analysis(?:\/index(?:\.ts)?)?$/.test(target) ? [] : [`${f}: ${spec}`];
        }),
      );
    expect(offending).toEqual([]);
  });

  it('spells modal and unit word lists only in lib/analysis/lexicon', () => {
    // A modal word as a branch of an alternation (「|必须|」「(?:务必|」), or unit suffixes as branches or in a character class.
    const modalList = /(?:^|[|(:])(?:必须|务必|务须|切实|应当|一定要)(?=[|)])/;
    const suffix = '[局委办厅部处科室站所队院会组]';
    const inClass = `[^\\]\\n'"\`,\\s]*`;
    const unitList = new RegExp(`(?:^|[|(:])${suffix}\\|${suffix}(?=[|)])|\\[${inClass}${suffix}${inClass}${suffix}${inClass}${suffix}${inClass}\\]`);
    const spelling = ['lib', 'components', 'entrypoints', 'scripts']
      .flatMap((d) => files(d, source))
      .filter((f) => !f.startsWith('lib/analysis/lexicon/'))
      .filter((f) => {
        const code = readFileSync(join(root, f), 'utf8').replace(/^\s*(?:\/\/|\/?\*).*$/gm, '');
        return modalList.test(code) || unitList.test(code);
      });
    // Still to move into lexicon/modals.ts and lexicon/units.ts (issue 9): shrink this list, never grow it.
    const notYetMoved = [
      'lib/analysis/genres/index.ts',
      'lib/analysis/plugins/frame.ts',
      'lib/analysis/scanners/placeholder.ts',
    ];
    expect(spelling.filter((f) => !notYetMoved.includes(f))).toEqual([]);
    // The check sees what it looks for: these files spell such lists today.
    expect(spelling.length).toBeGreaterThan(0);
  });

  it('keeps lib/analysis free of DOM, browser and network APIs', () => {
    const offending = files('lib/analysis', source).filter((f) =>
      /\b(?:document|window|navigator|localStorage|indexedDB|chrome|browser)\s*\.|#imports|\bfetch\s*\(|XMLHttpRequest|WebSocket|from ['"]wxt/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offending).toEqual([]);
  });

  it('never opens the database from a content script', () => {
    const content = files('entrypoints', (f) => /\.content(?:\/|\.ts)/.test(f) && /\.tsx?$/.test(f));
    expect(content.filter((f) => /lib\/db|dexie/i.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });

  it('loads nothing from the network in any extension context', () => {
    const code = [...files('entrypoints', (f) => /\.(ts|tsx|html|css)$/.test(f)), ...files('components', (f) => /\.(ts|tsx|css)$/.test(f)), ...files('lib', source)];
    const offending = code.filter((f) => /\bfetch\s*\(|XMLHttpRequest|new WebSocket|(?:src|href)=["']https?:|@import\s+url\(["']?https?:|url\(["']?https?:/.test(readFileSync(join(root, f), 'utf8')));
    expect(offending).toEqual([]);
  });
});
