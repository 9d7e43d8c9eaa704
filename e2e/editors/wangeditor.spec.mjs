// Contract suite for wangEditor 5 (fixture: e2e/editors-src/wangeditor.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'wangEditor 5', page: 'wangeditor.html', host: '#editor [data-slate-editor]', kinds: ['slate'] });
