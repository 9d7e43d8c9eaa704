// Contract suite for CKEditor 4 inline (fixture: e2e/editors-src/ckeditor4-inline.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'CKEditor 4 inline', page: 'ckeditor4-inline.html', host: '#editor', kinds: ['contenteditable'] });
