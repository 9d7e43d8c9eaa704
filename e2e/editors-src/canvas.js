/**
 * A canvas document suite lookalike (Google Docs / 腾讯文档 / WPS 在线): the text is painted on <canvas> pages, and
 * keystrokes go to a tiny off-screen contenteditable "text event target", as those suites do. There is no DOM text
 * to highlight, so the extension has to fall back to capture and say why.
 */
import { paragraphs, ready } from './draft.js';

const W = 794;
const H = 1123;
const MARGIN = 72;
const LINE = 26;
const FONT = '16px "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';
const model = paragraphs.slice();

function layout(ctx) {
  const lines = [];
  for (const para of model) {
    let line = '';
    for (const ch of para) {
      if (ctx.measureText(line + ch).width > W - 2 * MARGIN) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    lines.push(line, '');
  }
  return lines;
}

function render() {
  const pages = document.getElementById('pages');
  pages.textContent = '';
  const probe = document.createElement('canvas').getContext('2d');
  probe.font = FONT;
  const lines = layout(probe);
  const perPage = Math.floor((H - 2 * MARGIN) / LINE);
  for (let i = 0; i < lines.length; i += perPage) {
    const page = document.createElement('div');
    page.className = 'kix-page';
    const canvas = document.createElement('canvas');
    canvas.className = 'kix-canvas-tile-content';
    canvas.width = W;
    canvas.height = H;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = '#111';
    ctx.font = FONT;
    lines.slice(i, i + perPage).forEach((l, j) => ctx.fillText(l, MARGIN, MARGIN + (j + 1) * LINE));
    page.append(canvas);
    pages.append(page);
  }
}

const target = document.querySelector('.docs-texteventtarget');
target.addEventListener('input', () => {
  const typed = target.textContent;
  if (!typed) return;
  model[model.length - 1] += typed;
  target.textContent = '';
  render();
});
document.getElementById('pages').addEventListener('mousedown', (e) => {
  e.preventDefault();
  target.focus();
});

render();
ready(() => model.join('\n'), document.getElementById('pages'));
