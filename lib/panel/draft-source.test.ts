import { describe, expect, it } from 'vitest';
import { canvasSuiteOf, draftKey, firstLine, reasonWithoutState, siteOf, textFingerprint } from './draft-source';

describe('canvasSuiteOf', () => {
  it.each([
    ['https://docs.qq.com/doc/DVXxx', '腾讯文档'],
    ['https://www.kdocs.cn/l/abc', 'WPS 在线'],
    ['https://docs.google.com/document/d/1/edit', 'Google Docs'],
    ['https://docs.google.com/forms/d/1', null],
    ['https://oa.example.gov.cn/doc/1', null],
    ['not a url', null],
  ])('%s', (url, suite) => {
    expect(canvasSuiteOf(url)).toBe(suite);
  });
});

describe('reasonWithoutState', () => {
  const enabled = (origin: string) => origin === 'https://oa.example.gov.cn';
  it.each([
    ['https://docs.qq.com/doc/DVXxx', 'canvas-editor'],
    ['https://oa.example.gov.cn/doc/1', 'no-editor'],
    ['https://news.example.com/a', 'site-disabled'],
    ['chrome://extensions/', 'no-editor'],
    ['', 'site-disabled'],
  ])('%s', (url, reason) => {
    expect(reasonWithoutState(url, enabled)).toBe(reason);
  });
});

describe('draftKey, siteOf, firstLine', () => {
  it('keys a page draft by page with its hash route (not an in-page anchor) and editor', () => {
    expect(draftKey('page', { url: 'https://oa.example.gov.cn/doc/1?id=2#top', editorId: 'quill-1', title: 'x' })).toBe('https://oa.example.gov.cn/doc/1?id=2#quill-1');
    expect(draftKey('page', { url: 'https://docs.qq.com/doc/DV', editorId: 'selection', title: '' })).toBe('https://docs.qq.com/doc/DV#selection');
    const routed = (fragment: string) => draftKey('page', { url: `https://oa.example.gov.cn/index.html${fragment}`, editorId: 'ue-1', title: '讲话' });
    expect(routed('#/doc/edit?id=101')).toBe('https://oa.example.gov.cn/index.html#/doc/edit?id=101#ue-1');
    expect(new Set(['#/doc/edit?id=101', '#/doc/edit?id=202', '#!/doc/7', '#doc=8', '#/doc/9'].map(routed)).size).toBe(5);
    expect(routed('#section-2')).toBe(routed(''));
    expect(routed('#')).toBe(routed(''));
    expect(draftKey('page', { url: 'https://oa.example.gov.cn/a#/x', editorId: 'e1', title: '' })).not.toBe(draftKey('page', { url: 'https://oa.example.gov.cn/a#/x', editorId: 'e2', title: '' }));
  });

  it('keys a pasted draft by title and a fingerprint of its text: two drafts titled alike never share a key', () => {
    const paste = (title: string, text: string) => draftKey('paste', { url: '', editorId: 'paste', title, text });
    const a = paste(' 在全县重点项目建设推进会上的讲话 ', '同志们：县发改局要在6月底前完成项目入库。');
    expect(a).toMatch(/^paste:在全县重点项目建设推进会上的讲话#[0-9a-f]{16}$/);
    expect(paste('在全县重点项目建设推进会上的讲话', '同志们：县教育局要在9月前完成校舍排查。')).not.toBe(a);
    // The same text pasted again, re-wrapped, gives the same key.
    expect(paste('在全县重点项目建设推进会上的讲话', '同志们：\n县发改局要在6月底前完成 项目入库。\r\n')).toBe(a);
    expect(paste('', '')).toBe(`paste:未命名文稿#${textFingerprint('')}`);
    expect(new Set(['甲', '乙', '甲甲', '甲乙', '乙甲'].map(textFingerprint)).size).toBe(5);
  });

  it('gives the site and the first line', () => {
    expect([siteOf('https://oa.example.gov.cn/doc/1'), siteOf(null), siteOf('nonsense')]).toEqual(['oa.example.gov.cn', null, null]);
    expect(firstLine('\n\n  关于推进重点项目建设的讲话 \r\n同志们：')).toBe('关于推进重点项目建设的讲话');
    expect(firstLine('')).toBe('');
    expect(firstLine('同志们：\n今年是项目建设攻坚年。县发改局要在6月底前完成项目入库。')).toBe('今年是项目建设攻坚年。县发改局要在6月底前完成项目入库。');
    expect(firstLine('各位领导、同志们:\n\n下面我讲三点意见。')).toBe('下面我讲三点意见。');
    expect(firstLine('同志们：')).toBe('同志们：');
  });
});
