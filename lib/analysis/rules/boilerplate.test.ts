import { describe, expect, it } from 'vitest';
import { lint } from '../test-utils';

describe('rule boilerplate', () => {
  it('reports a watermark block once, with its line count', () => {
    const text = '本文档由会员分享，更多范文请在某某文库上搜索。\n在全市安全生产会议上的讲话\n各区要抓好隐患排查。';
    expect(lint(text, ['boilerplate'])).toEqual([
      'boilerplate@本文档由会员分享，更多范文请在某某文库上搜索。: Unexpected 文档站 (1 line), expected draft text: 资料网站的水印或广告，已排除在分析之外',
    ]);
  });

  it('reports a user pattern line, and is silent on a clean draft', () => {
    expect(lint('机密文件勿外传\n同志们：\n要抓好落实。').filter((f) => f.startsWith('boilerplate'))).toEqual([]);
    expect(lint('同志们：\n各部门要抓好落实。', ['boilerplate'])).toEqual([]);
  });
});
