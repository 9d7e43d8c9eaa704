/** Quill (`.ql-editor`): its cursor blot and hidden clipboard are not draft text. */
import type { HostSpec } from './contenteditable';

export const quill: HostSpec = {
  kind: 'quill',
  matches: (host) => host.classList.contains('ql-editor'),
  skip: (el) => el.classList.contains('ql-cursor') || el.classList.contains('ql-ui'),
};
