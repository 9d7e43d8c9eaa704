import { describe, expect, it } from 'vitest';
import { canvasSuiteOf, draftKey, firstLine, reasonWithoutState, siteOf } from './draft-source';

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
  it('keys a page draft by page without fragment and editor, a pasted one by title', () => {
    expect(draftKey('page', { url: 'https://oa.example.gov.cn/doc/1?id=2#top', editorId: 'quill-1', title: 'x' })).toBe('https://oa.example.gov.cn/doc/1?id=2#quill-1');
    expect(draftKey('page', { url: 'https://docs.qq.com/doc/DV', editorId: 'selection', title: '' })).toBe('https://docs.qq.com/doc/DV#selection');
    expect(draftKey('paste', { url: '', editorId: 'paste', title: ' 在全县重点项目建设推进会上的讲话 ' })).toBe('paste:在全县重点项目建设推进会上的讲话');
    expect(draftKey('paste', { url: '', editorId: 'paste', title: '' })).toBe('paste:未命名文稿');
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
