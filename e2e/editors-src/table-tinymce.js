/** TinyMCE classic (iframe) holding the task-table draft (see task-table.js and mount-tinymce.js). */
import { mountTinymce } from './mount-tinymce.js';
import { taskTableHtml } from './task-table.js';

await mountTinymce(taskTableHtml, ' td{border:1px solid #999;padding:2px 6px;}');
