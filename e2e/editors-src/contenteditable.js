import { draftHtml, ready } from './draft.js';

const editor = document.getElementById('editor');
editor.innerHTML = draftHtml;
ready(() => editor.innerHTML, editor);
