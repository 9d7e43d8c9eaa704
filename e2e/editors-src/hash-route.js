/**
 * A hash-routed OA page (a single-page app): `#/doc/edit?id=101` and `#/doc/edit?id=202` are two documents in one
 * page, swapped in the same textarea when the route changes, as such systems do without reloading. Document 101 is
 * the fixture speech; 202 is another speech under the same title, with other tasks.
 */
import { paragraphs, ready } from './draft.js';

const OTHER = [
  paragraphs[0],
  '同志们：',
  '今天召开会议，主要是部署下半年教育和卫生工作。',
  '一、抓校舍安全',
  '县教育局要在9月1日前完成全部中小学校舍安全排查，建立问题台账。',
  '二、抓医共体建设',
  '县卫健委要在年底前建成紧密型县域医共体，县医保局配合做好打包付费改革。',
  '三、抓督查落实',
  '县委督查室要每月通报一次教育卫生重点工作进展。',
  '谢谢大家！',
];

const editor = document.getElementById('editor');
const documents = { 101: paragraphs.join('\n'), 202: OTHER.join('\n') };

function show() {
  const id = /[?&]id=(\d+)/.exec(location.hash)?.[1] ?? '101';
  editor.value = documents[id] ?? '';
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  document.documentElement.dataset.doc = id;
}

window.addEventListener('hashchange', show);
show();
ready(() => editor.value, editor);
