// Contract suite for Lexical (fixture: e2e/editors-src/lexical.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'Lexical', page: 'lexical.html', host: '#editor', kinds: ['lexical'] });
