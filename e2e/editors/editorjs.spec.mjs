// Contract suite for Editor.js (a block suite: one editing host per block) (fixture: e2e/editors-src/editorjs.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'Editor.js', page: 'editorjs.html', host: '#editor .codex-editor__redactor', focus: '#editor .ce-paragraph', kinds: ['block-suite'] });
