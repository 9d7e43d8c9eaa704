// Contract suite for CKEditor 4 divarea (a div in place of the iframe) (fixture: e2e/editors-src/ckeditor4-divarea.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'CKEditor 4 divarea', page: 'ckeditor4-divarea.html', host: 'div.cke_wysiwyg_div', kinds: ['contenteditable'] });
