/** ProseMirror and Tiptap (`.ProseMirror`): decoration widgets and separators are not text. */
import type { HostSpec } from './contenteditable';

export const prosemirror: HostSpec = {
  kind: 'prosemirror',
  matches: (host) => host.classList.contains('ProseMirror'),
  skip: (el) => el.classList.contains('ProseMirror-widget') || el.classList.contains('ProseMirror-separator'),
};
