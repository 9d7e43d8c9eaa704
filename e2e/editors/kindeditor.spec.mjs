// Contract suite for KindEditor 4 (an iframe in designMode beside the hidden textarea) (fixture: e2e/editors-src/kindeditor.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'KindEditor 4', page: 'kindeditor.html', host: 'body', kinds: ['design-mode', 'iframe-body'], frame: 'iframe.ke-edit-iframe' });
