/**
 * The analysis as the extension ships it: lib/analysis bundled by esbuild (no minifying, packages left external so
 * remark-parse, unified and vfile are the very modules the baseline runs). nb. `tsx`, which runs the bench, compiles
 * with esbuild's keepNames: every named function or arrow made at run time then goes through a `__name()` call
 * (Object.defineProperty), which the extension build (WXT/vite) does not do — on the 1 MB text it cost the analysis
 * ~10–15 % more CPU time than the built code, and the baseline (plain JS from node_modules) none.
 */
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Analysis from '../../lib/analysis/index';

const ENTRY = fileURLToPath(new URL('../../lib/analysis/index.ts', import.meta.url));
/** Inside node_modules, so that the bundle's bare imports resolve to the project's packages. */
const OUT = fileURLToPath(new URL('../../node_modules/.cache/luoshi-bench/analysis.mjs', import.meta.url));

/** Bundles lib/analysis/index.ts and imports it. Throws when the bundle still names its functions at run time. */
export async function builtAnalysis(): Promise<typeof Analysis> {
  buildSync({ entryPoints: [ENTRY], outfile: OUT, bundle: true, format: 'esm', platform: 'neutral', packages: 'external', target: 'es2022', keepNames: false, logLevel: 'warning' });
  if (readFileSync(OUT, 'utf8').includes('__name(')) throw new Error(`${OUT}: the bundle keeps function names at run time`);
  return (await import(`${pathToFileURL(OUT).href}?${Date.now()}`)) as typeof Analysis;
}
