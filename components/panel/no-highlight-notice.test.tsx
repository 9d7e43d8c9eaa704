// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/index';
import { I18nProvider } from '../i18n';
import { NoHighlightNotice, type NoHighlightNoticeProps } from './no-highlight-notice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function text(props: Omit<NoHighlightNoticeProps, 'shortcut'>, locale: Locale = 'zh-CN'): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() =>
    root.render(
      <I18nProvider locale={locale}>
        <NoHighlightNotice shortcut="Alt+Shift+K" {...props} />
      </I18nProvider>,
    ),
  );
  const out = [...container.querySelectorAll('p')].map((p) => p.textContent).join('|');
  act(() => root.unmount());
  return out;
}

describe('NoHighlightNotice', () => {
  it('names a known canvas suite, and does not invent a name for an unknown one', () => {
    expect(text({ reason: 'canvas-editor', captured: false, url: 'https://docs.qq.com/doc/DV1' })).toMatch(/^此页面是画布式在线文档（腾讯文档），无法在原文上标注/);
    expect(text({ reason: 'canvas-editor', captured: false, url: 'http://127.0.0.1:8080/canvas.html' })).toMatch(/^此页面是画布式在线文档，无法在原文上标注/);
    expect(text({ reason: 'canvas-editor', captured: false, url: 'http://127.0.0.1/x' }, 'en')).toMatch(/^This page is a canvas document: highlights/);
  });

  it('says a captured selection is analysed in the panel only, then why the page has no highlights', () => {
    expect(text({ reason: 'no-editor', captured: true, url: 'https://oa.example.gov.cn/' }).split('|')).toEqual([
      '这是从页面上提取的所选文字，只在侧边栏中分析，原文上不显示标注。',
      '此页面上没有可编辑的文稿。',
      '选中文字后，右键选择「提取所选文字」，或按 Alt+Shift+K。',
    ]);
  });
});
