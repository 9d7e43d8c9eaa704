/** TinyMCE classic (iframe) mode holding the sample draft (see mount-tinymce.js). */
import { draftHtml } from './draft.js';
import { mountTinymce } from './mount-tinymce.js';

await mountTinymce(draftHtml);
