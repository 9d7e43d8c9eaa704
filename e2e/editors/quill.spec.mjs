// Contract suite for Quill (fixture: e2e/editors-src/quill.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'Quill', page: 'quill.html', host: '.ql-editor', kinds: ['quill'] });
