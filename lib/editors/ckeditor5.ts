/** CKEditor 5 (`.ck-editor__editable`): widget handles, the fake selection container and fillers are not text. */
import type { HostSpec } from './contenteditable';

export const ckeditor5: HostSpec = {
  kind: 'ckeditor5',
  matches: (host) => host.classList.contains('ck-editor__editable'),
  skip: (el) =>
    el.classList.contains('ck-widget__type-around') || el.classList.contains('ck-fake-selection-container') || el.classList.contains('ck-widget__resizer') || el.hasAttribute('data-cke-filler'),
};
