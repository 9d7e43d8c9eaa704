/**
 * Test and benchmark helpers: a minimal Analysis built from quotes (so tests control exactly which items a draft
 * has), and synthetic drafts of any size with owners, deadlines and sections, plus a revision of one (reworded,
 * moved, removed and added items). Not used by the extension itself.
 */
import { sectionFields, type Analysis, type DeadlineType, type SectionStep } from '../schema/analysis';
import type { ItemRecord } from '../schema/checklist';

/** A stored ledger item with every field empty (an action of document d1, not started), for tests to spread over. */
export const blankItem: ItemRecord = {
  id: 'x',
  documentId: 'd1',
  kind: 'action',
  text: '',
  detail: '',
  group: null,
  section: [],
  owners: [],
  lead: [],
  coop: [],
  deadline: null,
  due: null,
  status: 'not_started',
  progress: null,
  anchor: { exact: '', prefix: '', suffix: '', start: 0 },
  order: 0,
  orphaned: 0,
  pinned: 0,
  deletedAt: null,
  edited: [],
  draft: { text: '', owners: [], lead: [], coop: [], deadline: null },
  createdAt: Date.parse('2026-03-01T00:00:00Z'),
  updatedAt: 0,
};

export interface ActionSpec {
  quote: string;
  owners?: string[];
  lead?: string[];
  coop?: string[];
  deadline?: { text: string; due: string | null; type?: DeadlineType } | null;
  section?: SectionStep[];
  /** Which occurrence of `quote` (0 = the first). */
  nth?: number;
}

export interface ProblemSpec {
  label: string;
  section?: SectionStep[];
  items: { title: string; body?: string }[];
}

function find(text: string, quote: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`not in text: ${quote}`);
  }
  return at;
}

/** An Analysis of `text` with exactly the given actions and problem groups (spans found with indexOf). */
export function analysisOf(text: string, actions: readonly ActionSpec[], problems: readonly ProblemSpec[] = [], referenceDate = '2026-03-12'): Analysis {
  return {
    schema: 'luoshi.analysis/1',
    title: null,
    date: null,
    referenceDate,
    salutation: null,
    closing: null,
    headings: [],
    problemGroups: problems.map((g) => {
      const items = g.items.map((it) => {
        const start = find(text, it.title);
        const body = it.body ?? '';
        const bodyAt = body ? text.indexOf(body, start) : -1;
        return { ordinal: '', title: it.title, body, start, end: bodyAt >= 0 ? bodyAt + body.length : start + it.title.length };
      });
      return { leadIn: null, statedCount: items.length, label: g.label, ...sectionFields(g.section ?? []), start: items[0]?.start ?? 0, end: items.at(-1)?.end ?? 0, items };
    }),
    enumerations: [],
    actions: actions.map((a) => {
      const start = find(text, a.quote, a.nth);
      const deadline = a.deadline ? { text: a.deadline.text, due: a.deadline.due, type: a.deadline.type ?? 'absolute', start, end: start } : null;
      const owners = [...new Set([...(a.owners ?? []), ...(a.lead ?? []), ...(a.coop ?? [])])];
      return { text: a.quote, start, end: start + a.quote.length, owners, lead: a.lead ?? [], coop: a.coop ?? [], deadline, ...sectionFields(a.section ?? []), strength: 'strong' as const, scope: null, core: true };
    }),
    formulations: [],
    findings: [],
  };
}

const UNITS = ['县发改局', '县财政局', '县自然资源局', '县住建局', '县交通运输局', '县水利局', '县农业农村局', '县商务局', '县工信局', '县生态环境局', '县应急管理局', '县市场监管局', '县行政审批局', '县政务服务中心', '县统计局', '县人社局', '县教育局', '县卫健局', '县文旅局', '县城管局'];
const VERBS = ['加快推进', '全面完成', '认真落实', '统筹做好', '扎实开展', '持续抓好', '着力推动', '严格执行'];
const OBJECTS = ['重点项目前期工作', '项目用地报批', '资金申报和拨付', '招商引资签约项目落地', '问题清单销号', '要素保障协调', '安全生产检查', '统计入库工作', '营商环境优化', '项目观摩拉练'];
const PLACES = ['城东片区', '高新园区', '城北新区', '滨河新城', '临港组团', '南部山区', '老城片区', '西湖片区'];

export interface SyntheticDraft {
  text: string;
  analysis: Analysis;
  /** The quote of each action, in order. */
  quotes: string[];
}

function syntheticSentence(i: number): { quote: string; owner: string; coop: string; month: number } {
  const owner = UNITS[i % UNITS.length]!;
  const coop = UNITS[(i * 7 + 3) % UNITS.length]!;
  const month = (i % 12) + 1;
  const quote = `${owner}要会同${coop}${VERBS[i % VERBS.length]}${PLACES[(i >> 3) % PLACES.length]}第${i + 1}号${OBJECTS[(i >> 1) % OBJECTS.length]}，在${month}月底前见到实效`;
  return { quote, owner, coop, month };
}

/** A draft of `n` actions in sections of ten, each with an owner, a co-operating unit and a month-end deadline. */
export function syntheticDraft(n: number, rewrite: (i: number, quote: string) => string | null = (_, q) => q, extra: readonly string[] = []): SyntheticDraft {
  const lines: string[] = ['在全县重点项目建设推进会上的讲话', '同志们：'];
  const specs: ActionSpec[] = [];
  const quotes: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) lines.push(`（${i / 10 + 1}）第${i / 10 + 1}部分工作`);
    const s = syntheticSentence(i);
    const quote = rewrite(i, s.quote);
    if (quote === null) continue;
    lines.push(`${quote}。`);
    quotes.push(quote);
    const last = new Date(Date.UTC(2026, s.month, 0)).getUTCDate();
    specs.push({ quote, owners: [s.owner], lead: [s.owner], coop: [s.coop], deadline: { text: `${s.month}月底前`, due: `2026-${String(s.month).padStart(2, '0')}-${last}`, type: 'absolute' }, section: [{ marker: `（${Math.floor(i / 10) + 1}）`, title: `第${Math.floor(i / 10) + 1}部分工作` }] });
  }
  for (const q of extra) {
    lines.push(`${q}。`);
    quotes.push(q);
    specs.push({ quote: q, owners: ['县政府办'] });
  }
  lines.push('同志们，让我们撸起袖子加油干！');
  const text = `${lines.join('\n')}\n`;
  return { text, analysis: analysisOf(text, specs), quotes };
}

/** A revision of `syntheticDraft(n)`: every 10th action reworded, every 50th removed, the last section moved first, two added. */
export function syntheticRevision(n: number): SyntheticDraft {
  const draft = syntheticDraft(
    n,
    (i, q) => (i % 50 === 7 ? null : i % 10 === 3 ? q.replace('见到实效', '取得明显成效').replace('要会同', '要联合') : q),
    ['县发改局要在会后10日内印发重点项目包保责任分解表', '县财政局要在会后15日内拨付首批项目前期经费'],
  );
  // Move the last section's paragraph block to the top (after the salutation).
  const lines = draft.text.split('\n');
  const lastHead = lines.findLastIndex((l) => /^（\d+）/.test(l));
  const end = lines.findIndex((l, i) => i > lastHead && (l.startsWith('县发改局要在会后') || l.startsWith('同志们，')));
  const block = lines.splice(lastHead, end - lastHead);
  lines.splice(2, 0, ...block);
  const text = lines.join('\n');
  return { text, analysis: { ...draft.analysis, actions: draft.analysis.actions.map((a) => ({ ...a, start: text.indexOf(a.text), end: text.indexOf(a.text) + a.text.length })) }, quotes: draft.quotes };
}
