/**
 * The in-editor annotation contract: names that the content script, the side panel, the background and the e2e
 * tests all rely on. Side-effect free and dependency free, so the content script can import it at no cost.
 */

/** One CSS Custom Highlight per kind, registered in the editor's own document (`CSS.highlights`). */
export const HIGHLIGHT = {
  problem: 'luoshi-problem',
  action: 'luoshi-action',
  owner: 'luoshi-owner',
  deadline: 'luoshi-deadline',
  placeholder: 'luoshi-placeholder',
  finding: 'luoshi-finding',
  /** A task or problem marked 不入台账: muted, in place of its own kind (its owner and deadline unpainted). */
  skipped: 'luoshi-skipped',
} as const;

export type HighlightKind = keyof typeof HIGHLIGHT;

/** The mirror overlay drawn over a textarea (or where the Highlight API is missing) carries this attribute. */
export const OVERLAY_ATTR = 'data-luoshi-overlay';

/** The on-page badge's custom element (its UI lives in a shadow root). */
export const BADGE_TAG = 'luoshi-badge';

/** The highlight card's element (hover or click on a highlight; its UI lives in a shadow root). */
export const CARD_TAG = 'luoshi-card';

/** Editor kinds an adapter can report. */
export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'iframe-body'
  | 'design-mode'
  | 'shadow'
  | 'block-suite'
  | 'ckeditor5'
  | 'quill'
  | 'prosemirror'
  | 'lexical'
  | 'slate'
  | 'selection'
  | 'paste';

/** Why in-place highlights are unavailable on a page (the side panel says so plainly). */
export type NoHighlightReason = 'canvas-editor' | 'no-editor' | 'site-disabled';

/** Runtime message channel for the editor protocol (kept apart from the checklist channel). */
export const EDITOR_CHANNEL = 'luoshi.editor';
