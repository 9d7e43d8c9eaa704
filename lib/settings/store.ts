/**
 * What follows from the user's settings for the analysis: `analyzeOptionsFor` gives the `referenceDate` and
 * `lexicon` that every caller of `analyze` passes (the background's editor handler, the side panel, the dashboard's
 * import). The settings themselves are read, written and watched through `settingsItem` (storage-items.ts).
 */
import type { AnalyzeOptions } from '../schema/analysis';
import type { UserSettings } from '../schema/settings';
import { isoDay } from '../calendar';

/**
 * The options of `analyze` under `settings` at time `now`: the reference date by the policy 「文稿日期 → 设置的日期 →
 * 今天」 (the analysis itself prefers the draft's own date; this supplies the fallback), and the office's lexicon
 * (left out when empty, so the analysis of an untouched install is the plain one).
 */
export function analyzeOptionsFor(settings: Pick<UserSettings, 'referenceDate' | 'lexicon'>, now: number = Date.now()): AnalyzeOptions {
  const { mode, date } = settings.referenceDate;
  const referenceDate = mode === 'fixed' && date ? date : isoDay(now);
  const { owners, directives, boilerplate } = settings.lexicon;
  const lexicon = owners.length || directives.length || boilerplate.length ? { owners: [...owners], directives: [...directives], boilerplate: [...boilerplate] } : undefined;
  return lexicon ? { referenceDate, lexicon } : { referenceDate };
}
