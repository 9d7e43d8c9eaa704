// Contract suite for textarea (fixture: e2e/editors-src/textarea.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'textarea', page: 'textarea.html', host: '#editor', kinds: ['textarea'], overlay: true });
