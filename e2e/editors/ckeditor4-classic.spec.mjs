// Contract suite for CKEditor 4 classic (iframe) (fixture: e2e/editors-src/ckeditor4-classic.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'CKEditor 4 classic (iframe)', page: 'ckeditor4-classic.html', host: 'body', kinds: ['iframe-body', 'design-mode'], frame: 'iframe.cke_wysiwyg_frame' });
