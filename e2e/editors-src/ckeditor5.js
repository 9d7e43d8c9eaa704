import { ClassicEditor, Essentials, Paragraph, Heading, Bold, Italic } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { draftHtml, fail, ready } from './draft.js';

try {
  const editor = await ClassicEditor.create(document.getElementById('editor'), {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Heading, Bold, Italic],
    toolbar: ['undo', 'redo', '|', 'heading', '|', 'bold', 'italic'],
    initialData: draftHtml,
  });
  ready(() => editor.getData(), editor.ui.getEditableElement());
} catch (error) {
  fail(error);
}
