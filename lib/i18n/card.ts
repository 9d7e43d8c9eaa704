/**
 * The highlight card's words alone (zh-CN/card.ts, en/card.ts and the rule labels of common.ts): the content script
 * builds its card with `cardTranslator` and so carries these few words, not every page's catalog (index.ts has the
 * same keys in its one catalog, for the pages).
 */
import type { RuleId } from '../analysis/index';
import { card as enCard } from './en/card';
import { ruleLabels as enRules } from './en/common';
import { formatMessage, type Locale, type Values } from './format';
import { card as zhCard } from './zh-CN/card';
import { ruleLabels as zhRules } from './zh-CN/common';

export type CardKey = keyof typeof zhCard;

const cards: Record<Locale, Record<CardKey, string>> = { 'zh-CN': zhCard, en: enCard };
const rules: Record<Locale, Record<RuleId, string>> = { 'zh-CN': zhRules, en: enRules };

export interface CardTranslate {
  (key: CardKey, values?: Values): string;
  /** The label of a finding's rule id, or the id itself for one without a label. */
  rule(id: string): string;
}

/** The card's words in `locale`. */
export function cardTranslator(locale: Locale): CardTranslate {
  const t = (key: CardKey, values?: Values) => formatMessage(locale, cards[locale][key], values);
  return Object.assign(t, { rule: (id: string) => (Object.hasOwn(rules[locale], id) ? rules[locale][id as RuleId] : id) });
}
