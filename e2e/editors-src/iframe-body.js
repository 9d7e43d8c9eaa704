/**
 * A UEditor-like editor: an about:blank iframe `#ueditor_0` whose document is written after the frame has loaded
 * (document.open/write/close, as UEditor does), then its body made contenteditable and filled a moment later.
 */
import { draftHtml, fail, ready } from './draft.js';

const frame = document.getElementById('ueditor_0');

function setup() {
  const doc = frame.contentDocument;
  doc.open();
  doc.write(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>' +
      'body{margin:8px 12px;font:15px/1.7 "WenQuanYi Micro Hei",sans-serif;} p{margin:0 0 .6em;}' +
      '</style></head><body class="view"></body></html>',
  );
  doc.close();
  setTimeout(() => {
    try {
      const body = frame.contentDocument.body;
      body.contentEditable = 'true';
      body.spellcheck = false;
      body.innerHTML = draftHtml;
      ready(() => frame.contentDocument.body.innerHTML, body);
    } catch (error) {
      fail(error);
    }
  }, 100);
}

if (frame.contentDocument?.readyState === 'complete') setup();
else frame.addEventListener('load', setup, { once: true });
