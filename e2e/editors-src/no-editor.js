/** A published notice: the draft as plain paragraphs, nothing editable. The extension can only capture a selection. */
import { draftHtml, ready } from './draft.js';

const article = document.getElementById('article');
article.innerHTML = draftHtml;
ready(() => article.innerHTML, article);
