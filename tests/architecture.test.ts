/**
 * Conventions as assertions (refined-github style): they hold for every file, present and future.
 * - every plugin, extractor, rule, scanner, text utility and editor adapter has its test beside it;
 * - lib/analysis/rules holds one file per finding id (RuleId), and nothing else;
 * - nothing outside lib/analysis imports past lib/analysis/index.ts (type imports and tests included);
 * - modal and unit word lists are spelled only in lib/analysis/lexicon/ (no exceptions; the detector has its own
 *   fixtures, so that it keeps seeing what it looks for);
 * - lib/analysis is pure: no DOM, no browser or extension APIs, no WXT imports, no network;
 * - content scripts never import the database (IndexedDB there would be the page's, not the extension's);
 * - no context fetches anything: no fetch/XMLHttpRequest/WebSocket and no remote URLs in scripts or styles;
 * - every browser.storage key is spelled once, in lib/settings/storage-items.ts, which alone reads storage by key;
 * - layers: components never import lib/db values, #imports/wxt or entrypoints/ (pages' state and browser calls live
 *   in their entrypoints); lib never imports entrypoints/, nor one entrypoint another's folder; lib/schema imports only zod and itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../lib/analysis/index';
import * as storageItems from '../lib/settings/storage-items';

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

/**
 * Whether code spells a modal or a unit word list (the lexicon's business): a modal word as a branch of an alternation
 * (「|必须|」「(?:切实|」) or an element of an array among others (「'必须', '务必'」), or unit suffixes as adjacent branches
 * (「局|委」「政府|部门」), in a character class (「[局委办]」) or as adjacent array elements (「'局', '委'」). Comment lines are
 * skipped; one word in a string (a test's draft) is no list.
 */
function spellsWordList(text: string): boolean {
  const code = text.replace(/^[ \t]*(?:\/\/|\/?\*).*$/gm, '');
  const modal = '(?:必须|务必|务须|切实|应当|一定要)';
  // In an array a single 要 or 须 is a modal list too (「['要', '须', '确保']」).
  const modalElement = '(?:必须|务必|务须|切实|应当|一定要|应该|需要|要|须)';
  const organ = '(?:[局委办厅部处科室站所队院会组]|政府|部门|单位|机构|党委|党组|学校|公司|中心|街道|办公室|委员会)';
  const suffixChar = '[局委办厅部处科室站所队院会组]';
  const inClass = `[^\\]\\n'"\`,\\s]*`;
  const quote = `['"\`]`;
  const word = `${quote}[^'"\`\\n]{1,8}${quote}`;
  return [
    new RegExp(`\\|${modal}(?=[|)'"\`])|(?:^|[|(:'"\`])${modal}(?=[|)])`, 'm'),
    new RegExp(`(?:^|[|(:'"\`])${organ}\\|${organ}(?=[|)$'"\`])`, 'm'),
    new RegExp(`\\[${inClass}${suffixChar}${inClass}${suffixChar}${inClass}${suffixChar}${inClass}\\]`),
    new RegExp(`${quote}${modalElement}${quote}\\s*,\\s*${word}|${word}\\s*,\\s*${quote}${modalElement}${quote}`),
    new RegExp(`${quote}${organ}${quote}\\s*,\\s*${quote}${organ}${quote}`),
  ].some((re) => re.test(code));
}

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
    const spelling = ['lib', 'components', 'entrypoints', 'scripts']
      .flatMap((d) => files(d, source))
      .filter((f) => !f.startsWith('lib/analysis/lexicon/'))
      .filter((f) => spellsWordList(readFileSync(join(root, f), 'utf8')));
    expect(spelling).toEqual([]);
  });

  it('sees a modal or unit word list however it is spelled (the detector of the test above)', () => {
    const lists = [
      'const MUST = /(?:必须|务必|应当)/;',
      'const CUE = /下一步|强调|必须|要(?![求素点])/;',
      "const ORDER = new RegExp(`^(?:切实|抓紧|尽快)`);",
      'const ORGAN = /(?:局|委|办|厅)$/;',
      'const ADDRESSEE = /^各[^：]{1,60}(?:政府|部门|单位|机构)/;',
      'const OFFICE_END = /[处室办科组段]$/;',
      "const MODALS = ['一定要', '务必', '必须'];",
      "const SPLIT = new RegExp(alternation(['要', '须', '确保'], SUBJECT_MODALS), 'g');",
      "const MUST = new RegExp('必须|务必');",
      "const LAST = new RegExp(`确保|务必`);",
      "const ORGAN = new RegExp('局|委');",
      "const WORDS = ['加快', '切实'];",
      "const SUFFIXES = ['局', '委', '办公室'];",
      "  '政府', '部门',",
    ];
    expect(lists.filter((code) => !spellsWordList(code))).toEqual([]);
    const fine = [
      "import { SUBJECT_MODALS } from '../lexicon/modals';",
      'const MODAL = new RegExp(`${alternation(SUBJECT_MODALS)}|${YAO_SOURCE}`);',
      'const NAME_END = new RegExp(`${alternation(OFFICE_NAME_END_CHARS)}$`);',
      "// (?:必须|务必|应当) in a comment is no list",
      ' * 「各单位必须、各部门务必」 in a doc comment neither',
      "expect(directiveStrength('各乡镇必须严格对照节点推进')).toBe('strong');",
      "const DONE = /完成|实现/;",
      "if (word === '必须') return true;",
      "const FIRST = new RegExp(`${alternation(SUBJECT_MODALS, ['确保'])}|${YAO_SOURCE}`);",
    ];
    expect(fine.filter((code) => spellsWordList(code))).toEqual([]);
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

  it('spells every browser.storage key only in lib/settings/storage-items.ts, and reads storage there', () => {
    const { settingsItem, enabledSitesItem, reminderLogItem, reminderLastRunItem, supervisionRegisterItem, syncConfigItem, EDITOR_STATE_KEY_PREFIX, MANAGED_KEYS } = storageItems;
    const keys = [settingsItem.key, enabledSitesItem.key, reminderLogItem.key, reminderLastRunItem.key, supervisionRegisterItem.key, syncConfigItem.key, EDITOR_STATE_KEY_PREFIX, ...Object.values(MANAGED_KEYS)];
    const code = [...files('lib', source), ...files('components', source), ...files('entrypoints', source)].filter((f) => f !== 'lib/settings/storage-items.ts');
    const spelled = code.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return keys.some((k) => text.includes(`'${k}'`) || text.includes(`"${k}"`) || text.includes(`\`${k}`));
    });
    expect(spelled).toEqual([]);
    // A read by key (storage.local.get(…)) belongs to the items; writes of several items go through their `entry`.
    const reads = code.filter((f) => /storage\.(?:local|sync|managed)\.get\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(reads).toEqual([]);
  });

  it('loads nothing from the network in any extension context but the team ledger server, through one door', () => {
    // entrypoints/background/sync-http.ts is the one fetch: bound to the configured sync server's base URL, it
    // refuses every other address (its test); everything else may not name fetch at all.
    const door = 'entrypoints/background/sync-http.ts';
    const code = [...files('entrypoints', (f) => /\.(ts|tsx|html|css)$/.test(f)), ...files('components', (f) => /\.(ts|tsx|css)$/.test(f)), ...files('lib', source)].filter((f) => f !== door);
    const offending = code.filter((f) => /\bfetch\s*\(|\.fetch\b|XMLHttpRequest|new WebSocket|(?:src|href)=["']https?:|@import\s+url\(["']?https?:|url\(["']?https?:/.test(readFileSync(join(root, f), 'utf8')));
    expect(offending).toEqual([]);
    expect(readFileSync(join(root, door), 'utf8')).toMatch(/if \(!underBase\(url, base\)\) return Promise\.reject/);
  });
});

/** Every import of a file: the target (a repository path for `@/` and relative specifiers, else the bare specifier) and whether it is `import type`. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const code = readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const statements = /\b(?:import|export)\s+(type\s+)?(?:[^'"`;]*?\s+from\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g;
  return [...code.matchAll(statements)].map(([, type, spec, dynamic]) => {
    const s = (spec ?? dynamic)!;
    const target = s.startsWith('@/') ? s.slice(2) : s.startsWith('.') ? relative(root, join(root, file, '..', s)) : s;
    return { target, typeOnly: !!type };
  });
}

describe('layers', () => {
  const code = (f: string) => /\.(ts|tsx|mts|mjs|js)$/.test(f) && !f.endsWith('.d.ts');

  it('sees imports as they are written', () => {
    // The checks below read imports with importsOf; it finds value, type, side-effect and dynamic imports.
    const found = importsOf('entrypoints/dashboard/main.tsx');
    expect(found).toContainEqual({ target: '#imports', typeOnly: false });
    expect(found).toContainEqual({ target: 'lib/settings/storage-items', typeOnly: true });
    expect(found).toContainEqual({ target: 'assets/page.css', typeOnly: false });
    expect(found).toContainEqual({ target: 'entrypoints/dashboard/use-checklist', typeOnly: false });
  });

  it('keeps components presentational: no value import from lib/db, no #imports or wxt, nothing from entrypoints/', () => {
    // Tests of components may build a real database (fake-indexeddb); the components themselves get data and callbacks.
    const offending = files('components', source).flatMap((f) =>
      importsOf(f)
        .filter(({ target, typeOnly }) => (!typeOnly && /^lib\/db(?:\/|$)/.test(target)) || /^(?:#imports|wxt(?:\/|$))/.test(target) || /^entrypoints(?:\/|$)/.test(target))
        .map(({ target }) => `${f}: ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('never imports entrypoints/ from lib/ (tests included)', () => {
    const offending = files('lib', code).flatMap((f) =>
      importsOf(f)
        .filter(({ target }) => /^entrypoints(?:\/|$)/.test(target))
        .map(({ target }) => `${f}: ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps each entrypoint to its own folder: what two contexts share lives in lib/ or components/', () => {
    // editor-frame.ts is the editor.content folder's bundle (an unlisted script, see its header): one context.
    const folder = (f: string) => (f.split('/')[1] ?? f).replace(/\.tsx?$/, '').replace(/^editor-frame$/, 'editor.content');
    const offending = files('entrypoints', code).flatMap((f) =>
      importsOf(f)
        .filter(({ target }) => target.startsWith('entrypoints/') && folder(target) !== folder(f))
        .map(({ target }) => `${f}: ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('builds lib/schema from zod and itself only', () => {
    const offending = files('lib/schema', source).flatMap((f) =>
      importsOf(f)
        .filter(({ target }) => target !== 'zod' && !target.startsWith('lib/schema/'))
        .map(({ target }) => `${f}: ${target}`),
    );
    expect(offending).toEqual([]);
    expect(files('lib/schema', source).length).toBeGreaterThan(0);
  });
});
