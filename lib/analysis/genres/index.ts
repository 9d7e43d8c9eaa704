/**
 * The genres a draft can be (speech, work report, plan, notice, minutes), one declarative profile each, and the
 * choice of one: the title's own noun first (「…实施方案」「…的通知」「…会议纪要」), else a cue of the opening lines
 * (「现提出如下意见」「现纪要如下」「我代表…向大会报告工作」), else a 主送 line (a notice), else a speech.
 */
import { alternation } from '../lexicon/alternation';
import { ADDRESSEE_SUFFIXES } from '../lexicon/units';
import { minutes } from './minutes';
import { notice } from './notice';
import { plan } from './plan';
import type { GenreId, GenreProfile } from './profile';
import { report } from './report';
import { speech } from './speech';

export type { DatedBy, GenreId, GenreProfile } from './profile';

/** Every profile, by id. */
export const GENRES: Readonly<Record<GenreId, GenreProfile>> = { speech, report, plan, notice, minutes };

/** Order in which opening cues are tried: the most specific first. */
const CUE_ORDER: readonly GenreProfile[] = [minutes, plan, notice, report, speech];

/** A title noun at the end of the title's main part; the longest noun wins (讲话提纲 over 提纲, 工作报告 over 报告). */
const TITLE_NOUN = new RegExp(`(${alternation(...Object.values(GENRES).map((g) => g.titleNouns))})$`);
const nounOwner = new Map<string, GenreProfile>();
for (const g of [speech, report, minutes, notice, plan]) for (const n of g.titleNouns) if (!nounOwner.has(n)) nounOwner.set(n, g);

/** The genre named by a title, or null: 「关于…的实施方案（征求意见稿）」 → plan; a ——subtitle is not the title. */
export function genreOfTitle(title: string | null): GenreProfile | null {
  if (!title) return null;
  const main = title
    .split(/\s*[—─]{1,2}/)[0]!
    .replace(/[（(][^）)]{1,12}[）)]$/, '')
    .replace(/[》”"」\s]+$/, '')
    .trim();
  const m = TITLE_NOUN.exec(main);
  return m ? nounOwner.get(m[1]!)! : null;
}

/** A 主送 line: 「各乡镇人民政府，县直各部门：」「各市、县（市、区）教育局，各高等学校：」. */
const ADDRESSEES = new RegExp(`^各[^：:。]{1,80}${alternation(ADDRESSEE_SUFFIXES)}[^：:。]{0,10}[：:]$`);

/** Picks the profile of a draft from its title and its first content lines (the salutation among them). */
export function detectGenre(title: string | null, opening: readonly string[]): GenreProfile {
  const byTitle = genreOfTitle(title);
  if (byTitle) return byTitle;
  for (const g of CUE_ORDER) if (opening.some((l) => g.openingCues.some((re) => re.test(l)))) return g;
  if (opening.some((l) => ADDRESSEES.test(l))) return notice;
  return speech;
}
