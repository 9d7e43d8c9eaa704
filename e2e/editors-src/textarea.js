import { paragraphs, ready } from './draft.js';

const editor = document.getElementById('editor');
editor.value = paragraphs.join('\n');
ready(() => editor.value, editor);
