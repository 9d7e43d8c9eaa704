import { Editor } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { draftHtml, ready } from './draft.js';

const editor = new Editor({ element: document.getElementById('editor'), extensions: [StarterKit], content: draftHtml });
ready(() => ({ html: editor.getHTML(), json: editor.getJSON() }), editor.view.dom);
