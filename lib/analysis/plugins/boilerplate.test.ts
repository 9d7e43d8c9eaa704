import { describe, expect, it } from 'vitest';
import { lint, run } from '../test-utils';

describe('remarkBoilerplate', () => {
  const text = '仅供学习 禁止外传\n某某文库 · 每日更新精品范文\n会员群：12345678\n\n在全县工作会议上的讲话\n同志们：\n各乡镇要抓好落实。\n本文档由会员分享，更多范文请在某某文库上搜索。';

  it('reports the header block and the footer line once each, and keeps them out of the analysis', () => {
    expect(lint(text, ['boilerplate']).map((f) => f.replace(/\n/g, '⏎'))).toEqual([
      'boilerplate@仅供学习 禁止外传⏎某某文库 · 每日更新精品范文⏎会员群：12345678: Unexpected 水印、广告 (3 lines), expected draft text: 资料网站的水印或广告，已排除在分析之外',
      'boilerplate@本文档由会员分享，更多范文请在某某文库上搜索。: Unexpected 文档站 (1 line), expected draft text: 资料网站的水印或广告，已排除在分析之外',
    ]);
    const a = run(text);
    expect(a.title).toBe('在全县工作会议上的讲话');
    expect(a.actions.map((x) => x.text)).toEqual(['各乡镇要抓好落实']);
  });

  it('takes patterns from the user lexicon as literal text', () => {
    const a = run('内部资料（请勿打印）\n同志们：\n要抓好落实。', { lexicon: { boilerplate: ['（请勿打印）'] } });
    expect(a.findings.map((f) => f.rule)).toEqual(['boilerplate']);
  });
});
