/**
 * `npm run bench [-- --blocks N --runs N --warmup N --hostile CHARS]`: first the analysis (./bench/analysis-bench.ts):
 * `analyze` as built against bare remark-parse on 5 KB, the speech, ~100 KB / ~1 MB / ~2 MB of the fixture drafts and
 * ~1 MB / ~2 MB of ../shared/corpus-wide, in alternating blocks with a GC forced between them and in paired runs,
 * issue 9's verdict (analyze ≤ 2.5× remark on 1 MB and 2 MB, blocks in CPU time), how time scales (2MB/1MB ≈ 2 is
 * linear), and `analyze` on each hostile single line of tests/hostile-inputs.ts at CHARS (default 200,000; 0 skips)
 * and twice that; then the checklist cases of ./bench/checklist-cases.ts (database work, async), with their targets,
 * and the dashboard's first render and filter response on 10,000 items (./bench/dashboard-cases.tsx,
 * react-dom/server). Runs under `node --expose-gc`. Speed is reported, never asserted.
 */
import { runAnalysisBench } from './bench/analysis-bench';
import { checklistCases, cleanUp } from './bench/checklist-cases';
import { dashboardCases } from './bench/dashboard-cases';
import { measure } from './bench/measure';
import { measureAsync } from './bench/measure-async';
import { renderTable } from './cli/text-width';

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number`);
  return n;
}

const runs = flag('--runs');
const warmup = flag('--warmup');
await runAnalysisBench(
  { blocks: flag('--blocks'), runs, warmup, hostile: flag('--hostile') ?? 200_000 },
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);

// The checklist (督办台账) cases: each sets up its database once, then is timed like the others.
const checklistPlan = { warmup: warmup ?? 3, runs: runs ?? 15 };
process.stderr.write(`checklist: ${checklistPlan.warmup} warm-up + ${checklistPlan.runs} timed runs per case (fake-indexeddb)\n`);
const checklistRows: string[][] = [];
const throughput = new Map<string, number>();
for (const c of checklistCases) {
  const run = await c.setup();
  const t = await measureAsync(run, checklistPlan);
  const verdict = c.target === undefined ? '' : t.median <= c.target ? `≤ ${c.target} ✓` : `> ${c.target} ✗`;
  const perSecond = c.items === undefined ? undefined : (c.items / t.median) * 1000;
  if (perSecond !== undefined) throughput.set(c.name, perSecond);
  checklistRows.push([c.name, t.median.toFixed(2), t.min.toFixed(2), t.max.toFixed(2), perSecond === undefined ? '' : Math.round(perSecond).toLocaleString('en'), verdict]);
}
await cleanUp();
process.stdout.write(`\nchecklist (fake-indexeddb), median of timed runs\n`);
process.stdout.write(`${renderTable(['case', 'ms', 'min', 'max', 'items/s', 'target'], checklistRows, [], ['left', 'right', 'right', 'right', 'right', 'left']).join('\n')}\n`);
// Issue 13: bulk status in one transaction against one transaction per item, as a throughput ratio.
const bulk = throughput.get('bulk status 5,000 items (one transaction)');
const single = throughput.get('status one by one, 200 items (one transaction each)');
if (bulk !== undefined && single !== undefined) process.stdout.write(`bulk status: ${Math.round(bulk).toLocaleString('en')} items/s in one transaction vs ${Math.round(single).toLocaleString('en')} items/s one by one (${(bulk / single).toFixed(1)}×)\n`);

// The dashboard: first render and filter response over 10,000 items, in node (react-dom/server).
const dashboardPlan = { warmup: warmup ?? 3, runs: runs ?? 15 };
process.stderr.write(`dashboard: ${dashboardPlan.warmup} warm-up + ${dashboardPlan.runs} timed runs per case (react-dom/server)\n`);
const dashboardRows = dashboardCases().map((c) => {
  const t = measure(c.run, dashboardPlan);
  return [c.name, t.median.toFixed(2), t.min.toFixed(2), t.max.toFixed(2), t.median <= c.target ? `≤ ${c.target} ✓` : `> ${c.target} ✗`];
});
process.stdout.write(`\ndashboard (react-dom/server, node), median of timed runs\n`);
process.stdout.write(`${renderTable(['case', 'ms', 'min', 'max', 'target'], dashboardRows, [], ['left', 'right', 'right', 'right', 'left']).join('\n')}\n`);
