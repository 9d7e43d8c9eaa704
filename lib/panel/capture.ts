/**
 * 「提取所选文字」: the names the background, the manifest and the side panel share for capturing a selection where
 * in-place annotation is impossible, and the EditorState a capture becomes (kind 'selection', no highlights).
 */
import type { NoHighlightReason } from '../editors/contract';
import type { EditorState } from '../messaging/editor-protocol';
import type { Analysis } from '../schema/analysis';
import { LIMITS } from '../schema/checklist';
import { canvasSuiteOf } from './draft-source';

/** The context-menu item's id (contexts: selection). */
export const CAPTURE_MENU_ID = 'luoshi-capture-selection';
/** The keyboard command's name in the manifest's `commands`. */
export const CAPTURE_COMMAND = 'capture-selection';
/** Its suggested key, shown in the panel's hint. */
export const CAPTURE_SHORTCUT = 'Alt+Shift+K';
/** The editorId of a captured selection: one per tab, so capturing again replaces it and saving again merges. */
export const SELECTION_EDITOR_ID = 'selection';
/** The longest selection kept (the checklist's limit on a document's text). */
export const MAX_CAPTURE_LENGTH = LIMITS.draftChars;

/** A selection's text as captured: line breaks normalised to \n, non-breaking spaces to spaces, cut to the limit. */
export function normaliseCapture(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').slice(0, MAX_CAPTURE_LENGTH);
}

export interface Capture {
  tabId: number;
  frameId: number;
  url: string;
  title: string;
  text: string;
  analysis: Analysis;
  /** Why the page itself has no highlights (see `reasonWithoutState`), or null when its editor could have them. */
  pageReason: NoHighlightReason | null;
  at: number;
}

/** The EditorState of a captured selection: never highlighted; a canvas page always says so. */
export function capturedState(c: Capture): EditorState {
  const reason = canvasSuiteOf(c.url) ? 'canvas-editor' : c.pageReason;
  return {
    tabId: c.tabId,
    frameId: c.frameId,
    url: c.url,
    title: c.title,
    editorKind: 'selection',
    editorId: SELECTION_EDITOR_ID,
    text: c.text,
    analysis: c.analysis,
    canHighlight: false,
    reason,
    at: c.at,
  };
}

/** 「加入督办台账」: the context-menu item that adds the selection to the checklist as one item (contexts: selection). */
export const ADD_MENU_ID = 'luoshi-add-selection';

/**
 * Where a selection's text lies in a draft's text: [start, end) of its first occurrence, compared with white space
 * runs folded to one space (a page's selection says \n\n where the editor's snapshot says \n, or a space for a
 * line break); the span is trimmed of white space. Null when the draft does not hold it. Linear in both texts.
 */
export function locateSelection(text: string, selected: string): { start: number; end: number } | null {
  const fold = (s: string) => {
    let out = '';
    const at: number[] = [];
    let space = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (/\s/.test(c)) {
        space = true;
        continue;
      }
      if (space && out) {
        out += ' ';
        at.push(i);
      }
      space = false;
      out += c;
      at.push(i);
    }
    return { out, at };
  };
  const needle = fold(selected).out;
  if (!needle) return null;
  const hay = fold(text);
  const i = hay.out.indexOf(needle);
  if (i < 0) {
    // A selection across blocks may come without the break the snapshot has: compare without any white space.
    const bare = needle.replaceAll(' ', '');
    const squeezed: number[] = [];
    let flat = '';
    for (let k = 0; k < hay.out.length; k++) {
      if (hay.out[k] === ' ') continue;
      flat += hay.out[k];
      squeezed.push(hay.at[k]!);
    }
    const j = flat.indexOf(bare);
    if (j < 0) return null;
    return { start: squeezed[j]!, end: squeezed[j + bare.length - 1]! + 1 };
  }
  return { start: hay.at[i]!, end: hay.at[i + needle.length - 1]! + 1 };
}
