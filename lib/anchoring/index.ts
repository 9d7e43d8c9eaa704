/**
 * Text-quote anchoring, shared by the checklist (re-anchoring items in a revised draft) and the editor work
 * (finding an item's sentence in the live editor text). Pure: strings and offsets only, no DOM.
 */
export { CONTEXT_CHARS, anchorAt, contextAgreement, type TextAnchor, type TextQuote } from './text-quote';
export { bigramSet, dice, diceOfSets, foldForMatch } from './bigrams';
export { matchQuote, type MatchQuoteOptions, type QuoteMatch } from './match-quote';
export { matchAnchors, type AnchorMatching, type AnchorPair, type MatchAnchorsOptions } from './match-anchors';
