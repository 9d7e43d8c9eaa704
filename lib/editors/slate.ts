/** Slate (`[data-slate-editor]`): zero-width fillers of empty lines and placeholders are not text. */
import type { HostSpec } from './contenteditable';

export const slate: HostSpec = {
  kind: 'slate',
  matches: (host) => host.hasAttribute('data-slate-editor'),
  skip: (el) => el.hasAttribute('data-slate-zero-width') || el.hasAttribute('data-slate-placeholder'),
};
