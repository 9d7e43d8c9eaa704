/** Lexical (`[data-lexical-editor]`): decorator nodes (embeds) are not text. */
import type { HostSpec } from './contenteditable';

export const lexical: HostSpec = {
  kind: 'lexical',
  matches: (host) => host.hasAttribute('data-lexical-editor'),
  skip: (el) => el.hasAttribute('data-lexical-decorator'),
};
