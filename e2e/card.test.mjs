/**
 * The highlight card (e2e/highlight-card.mjs) on a contenteditable editor, an iframe editor's body and a textarea (its
 * mirror overlay), in
 * Debian's Chromium with the built extension (e2e/harness.mjs).
 *   npm run build && npm run build:e2e-pages && node --test e2e/card.test.mjs
 */
import { highlightCardContract } from './highlight-card.mjs';

highlightCardContract({ name: 'contenteditable div', page: 'contenteditable.html', host: '#editor', focusName: 'div#editor' });
highlightCardContract({ name: 'iframe body (UEditor-like)', page: 'iframe-body.html', frame: '#ueditor_0', host: 'body', focusName: 'body' });
highlightCardContract({ name: 'textarea', page: 'textarea.html', host: '#editor', focusName: 'textarea#editor', overlay: true });
