// Contract suite for TinyMCE classic (iframe) (fixture: e2e/editors-src/tinymce.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'TinyMCE classic (iframe)', page: 'tinymce.html', host: 'body#tinymce', kinds: ['iframe-body', 'design-mode'], frame: '#editor_ifr' });
