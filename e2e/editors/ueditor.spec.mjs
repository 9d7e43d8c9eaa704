// Contract suite for Baidu UEditor 1.4.3 (fixture: e2e/editors-src/ueditor.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'UEditor 1.4.3', page: 'ueditor.html', host: 'body', kinds: ['iframe-body', 'design-mode'], frame: '#ueditor_0' });
