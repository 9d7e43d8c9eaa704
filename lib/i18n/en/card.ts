/** The highlight card's words in English (keys from zh-CN/card.ts). */
import type { Messages } from '../types';
import type { card as zh } from '../zh-CN/card';

export const card: Messages<typeof zh> = {
  'card.title': 'Luoshi mark',
  'card.kind.problem': 'Problem',
  'card.kind.action': 'Task',
  'card.kind.finding': 'Finding',
  'card.owner': 'Owner',
  'card.deadline': 'Deadline',
  'card.unstated': 'not stated',
  'card.deadlineDue': '{text} ({due})',
  'card.rule': 'Rule',
  'card.open': 'View in side panel',
  'card.close': 'Close',
  'card.skip': 'Leave out',
  'card.skipTitle': 'Leave this out of the checklist when saving (undo in the side panel)',
  'card.skipped': 'Left out of the checklist',
  'card.skipFailed': 'Could not mark it: {message}',
  'card.unskip': 'Put back in',
  'card.unskipTitle': 'Put this back in the checklist when saving',
  'card.unskipped': 'Put back: the checklist takes it when saving',
  'badge.brand': 'Luoshi',
  'badge.counts': '{problems, plural, one {# problem} other {# problems}} · {actions, plural, one {# task} other {# tasks}} · {findings, plural, one {# hint} other {# hints}}',
  'badge.open': 'Luoshi: open the side panel',
  'badge.move': 'Drag the badge, or use the arrow keys to dock it in a corner of the page',
  'badge.hide': 'Hide the badge on this site (show it again from the side panel or the options)',
};
