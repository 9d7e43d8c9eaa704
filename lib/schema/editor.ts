/**
 * zod schemas of the in-editor annotation messages (lib/messaging/editor-protocol.ts, the channel in editor.ts,
 * which also checks that these and the protocol's types agree), run where a message is
 * received: the background checks what content scripts publish, the side panel checks the EditorState it is given.
 * A content script's data came from a web page, so strings are bounded here as in lib/schema/checklist.ts.
 */
import { z } from 'zod';
import { analysisSchema } from './analysis';
import { LIMITS } from './checklist';

export const editorKindSchema = z.enum([
  'textarea',
  'contenteditable',
  'iframe-body',
  'design-mode',
  'shadow',
  'block-suite',
  'ckeditor5',
  'quill',
  'prosemirror',
  'lexical',
  'slate',
  'selection',
  'paste',
]);

export const noHighlightReasonSchema = z.enum(['canvas-editor', 'no-editor', 'site-disabled']);

const tabId = z.number().int().nonnegative();
/** A draft: as long as the checklist takes one (LIMITS.draftChars). */
const text = z.string().max(LIMITS.draftChars);
const offset = z.number().int().nonnegative();

/** One frame's draft, analysis and abilities, as the background keeps it and the side panel shows it. */
export const editorStateSchema = z.object({
  tabId,
  frameId: z.number().int().nonnegative(),
  url: z.string().max(4000),
  title: z.string().max(2000),
  editorKind: editorKindSchema,
  editorId: z.string().max(200),
  text,
  analysis: analysisSchema,
  canHighlight: z.boolean(),
  reason: noHighlightReasonSchema.nullable(),
  at: z.number().nonnegative(),
});

/** The badge docked to an edge of the viewport (lib/settings/badge-places.ts). */
export const badgeDockSchema = z.object({ edge: z.enum(['top', 'right', 'bottom', 'left']), along: z.number().min(0).max(1) }).strict();

export const analyzeOptionsSchema = z.object({
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  lexicon: z
    .object({
      owners: z.array(z.string().max(200)).max(1000).optional(),
      directives: z.array(z.string().max(200)).max(1000).optional(),
      boilerplate: z.array(z.string().max(500)).max(1000).optional(),
    })
    .optional(),
});

/** The request of each editor message, checked by its receiver. */
/** An item 「加入督办台账」 added (editor.addSelection's answer, editor.itemAdded's news). */
export const addedItemSchema = z.object({ id: z.string().min(1).max(100), text: z.string().max(LIMITS.draftChars), documentId: z.string().min(1).max(100) });

/** The response of editor.getAdded, checked by the side panel. */
export const addOutcomeSchema = z.object({ seq: z.number().int().positive(), item: addedItemSchema.nullable(), error: z.string().max(2000).nullable() }).nullable();

export const editorRequestSchemas = {
  'editor.analyze': z.object({ text, options: analyzeOptionsSchema.optional() }),
  'editor.publish': editorStateSchema.omit({ tabId: true, frameId: true }),
  'editor.getState': z.object({ tabId }),
  'editor.reveal': z.object({ editorId: z.string().max(200), start: offset, end: offset }),
  'editor.stateChanged': z.object({ tabId }),
  'editor.republish': z.object({}).strict(),
  'editor.openPanel': z.object({ entry: z.object({ start: offset, end: offset }).strict().optional() }).strict(),
  'editor.focusChanged': z.object({ tabId }),
  'editor.getFocus': z.object({ tabId }),
  'editor.hello': z.object({}).strict(),
  'editor.locale': z.object({}).strict(),
  'editor.recheck': z.object({}).strict(),
  'editor.skip': z.object({ entry: z.object({ start: offset, end: offset }).strict(), kind: z.enum(['action', 'problem']) }).strict(),
  'editor.skipsChanged': z.object({ tabId, key: z.string().min(1).max(LIMITS.keyChars) }),
  'editor.skipped': z.object({}).strict(),
  'editor.unskip': z.object({ entry: z.object({ start: offset, end: offset }).strict(), kind: z.enum(['action', 'problem']) }).strict(),
  'editor.addSelection': z.object({ tabId }),
  'editor.itemAdded': addedItemSchema.extend({ tabId }),
  'editor.addFailed': z.object({ tabId, message: z.string().max(2000) }),
  'editor.getAdded': z.object({ tabId }),
  'editor.selection': z.object({ has: z.boolean() }).strict(),
  'editor.selectionChanged': z.object({ tabId, has: z.boolean() }),
  'editor.getSelection': z.object({ tabId }),
  'editor.badge': z.object({}).strict(),
  'editor.setBadge': z.object({ hidden: z.boolean().optional(), dock: badgeDockSchema.optional() }).strict(),
  'editor.pageSettings': z.object({}).strict(),
} as const;

/** The response of editor.skipped. */
export const skippedResponseSchema = z.array(z.object({ kind: z.enum(['action', 'problem']), start: offset, end: offset })).max(LIMITS.items);

/** The response of editor.skip. */
export const skipResponseSchema = z.object({ id: z.string().min(1) });

/** The response of editor.badge, checked where it is received by a page (the content script takes it unchecked). */
export const badgePlaceSchema = z.object({ hidden: z.boolean(), dock: badgeDockSchema.nullable() }).strict();

/** The response of editor.getFocus, checked by the side panel. */
export const getFocusResponseSchema = z.object({ start: offset, end: offset, frameId: z.number().int().nonnegative(), seq: z.number().int().positive() }).nullable();

/** The response of editor.getState, checked by the side panel. */
export const editorStateResponseSchema = editorStateSchema.nullable();
