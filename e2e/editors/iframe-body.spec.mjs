// Contract suite for iframe body (UEditor-like) (fixture: e2e/editors-src/iframe-body.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'iframe body (UEditor-like)', page: 'iframe-body.html', host: 'body', kinds: ['iframe-body', 'design-mode'], frame: '#ueditor_0' });
