import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { paragraphs, ready } from './draft.js';

const quill = new Quill('#editor', { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ header: [1, 2, false] }]] } });
quill.setText(`${paragraphs.join('\n')}\n`, 'api');
quill.history.clear();
ready(() => ({ delta: quill.getContents(), html: quill.root.innerHTML }), quill.root);
