import { ready } from './draft.js';
import { taskTableHtml } from './task-table.js';

const editor = document.getElementById('editor');
editor.innerHTML = taskTableHtml;
ready(() => editor.innerHTML, editor);
