// Contract suite for CKEditor 5 (fixture: e2e/editors-src/ckeditor5.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'CKEditor 5', page: 'ckeditor5.html', host: '.ck-editor__editable', kinds: ['ckeditor5'] });
