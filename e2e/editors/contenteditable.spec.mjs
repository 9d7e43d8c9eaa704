// Contract suite for contenteditable div (fixture: e2e/editors-src/contenteditable.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'contenteditable div', page: 'contenteditable.html', host: '#editor', kinds: ['contenteditable'] });
