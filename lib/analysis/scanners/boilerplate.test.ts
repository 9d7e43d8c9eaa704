import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBoilerplateBlocks, findNoiseSpans, noiseReason } from './boilerplate';

describe('noiseReason: material-site vocabulary', () => {
  it.each([
    // watermark / redistribution
    ['仅供学习 禁止外传', '水印'],
    ['（本站原创解析，仅供会员学习，未经许可严禁外传）', '水印'],
    ['版权声明：作者原创，不允许二次传播', '水印'],
    ['本文来源于网友上传，如有侵权请联系删除', '水印'],
    ['严禁转载', '水印'],
    ['Copyright © 2024 某某材料网 版权所有', '水印'],
    ['僅供學習 禁止外傳', '水印'],
    // paywall
    ['【文章共3150字，精选参考范文，仅供学习借鉴】', '付费提示'],
    ['全文约1980字，请下载后阅读、编辑。', '付费提示'],
    ['（未完，全文共1204字，当前仅显示600字）', '付费提示'],
    ['此处隐藏4200个字。VIP会员可见', '付费提示'],
    ['……(某某文秘网…省略318字，正式会员可完整阅读)……', '付费提示'],
    ['预览结束，喜欢就下载吧', '付费提示'],
    ['阅读全部图文内容，您需要先登录！', '付费提示'],
    ['VIP专免 46.2KB 12 页 海报 侵权投诉', '付费提示'],
    // doc host
    ['已阅读5页，还剩4页未读', '文档页码'],
    ['第1页共10页', '文档页码'],
    ['第 3 页 / 共 12 页', '文档页码'],
    ['下载本文档', '文档站'],
    ['《全县工作会议讲话.docx》由会员分享，可在线阅读，更多相关内容请在某某文库网上搜索。', '文档站'],
    ['文档页数：8 文档大小：56KB', '文档站'],
    ['下载文档前请自行甄别文档内容的完整性', '文档站'],
    // membership / ad / promo
    ['会员QQ群：512345678', '广告'],
    ['材料交流群 每日更新', '广告'],
    ['微信号：bigan_zi2024', '广告'],
    ['公众号：笔耕材料', '广告'],
    ['扫码关注公众号，获取更多材料', '广告'],
    ['微信扫一扫在手机阅读、分享本文', '广告'],
    ['点击上方蓝字关注我们', '广告'],
    ['点击订阅 每日推送', '广告'],
    ['全站材料会员立享8折', '广告'],
    ['注册即免费赠送3篇精品范文', '广告'],
    ['举报倒卖有奖', '广告'],
    ['【打击倒卖活动】', '广告'],
    ['加入会员 以稿换稿', '广告'],
    ['咨询客服老师', '广告'],
    ['预约定制代笔此类文章，请扫码联系老师', '广告'],
    ['公文高手，超级方便的公文写作神器！立即了解', '广告'],
    // nav / footer
    ['当前位置：某某文秘 >> 领导讲话 >> 会议讲话', '网站导航'],
    ['首页 > 范文 > 讲话稿', '网站导航'],
    ['上一篇：在全县春耕生产会议上的讲话', '网站导航'],
    ['下一篇', '网站导航'],
    ['推荐阅读', '网站导航'],
    ['相关文章：', '网站导航'],
    ['猜你喜欢', '网站导航'],
    ['用户评论', '网站导航'],
    ['留言与评论(共有 条评论)', '网站导航'],
    ['以稿换稿】【收藏】 作者: 佚名 来源: 作者原创 阅读 次 【加入会员', '水印'], // several kinds: first rule group wins
    ['本文标题：在全县安全生产会上的讲话 链接地址：', '网站导航'],
    ['发布时间：2024-03-05 浏览次数：1024', '网站导航'],
    ['【字体：大 中 小】 打印本页 关闭窗口', '网站导航'],
    // page numbers, site names
    ['— 3 —', '文档页码'],
    ['- 12 -', '文档页码'],
    ['－ 7 －', '文档页码'],
    ['笔耕文秘网', '网站名'],
    ['www.example-wenmi.com', '网站名'],
    ['网站地图 | 联系我们', '网站导航'],
    ['版权所有：某某县人民政府 京ICP备05070218号', '水印'],
    ['声明：本文内容仅代表作者个人观点', '水印'],
    ['本文由网友投稿', '文档站'],
  ])('%s → %s', (line, reason) => {
    expect(noiseReason(line)).toBe(reason);
  });

  it('null for blank and ordinary lines', () => {
    expect(noiseReason('')).toBeNull();
    expect(noiseReason('   ')).toBeNull();
    expect(noiseReason('同志们：')).toBeNull();
    expect(noiseReason('12')).toBeNull(); // bare number: only between long lines (findBoilerplateBlocks)
  });
});

/** Invented government sentences that contain words also used by sites (关注, 会员, 下一步, 推荐, 扫描 …). */
const GOV_SENTENCES = [
  '要高度关注群众诉求，对群众反映强烈的问题逐一建立台账、限时办结。',
  '县工商联要发挥桥梁纽带作用，吸纳更多民营企业成为会员单位。',
  '下一步，我们将围绕项目建设、招商引资等重点工作持续发力。',
  '各乡镇要认真总结推广典型经验，推荐一批可复制的先进做法。',
  '推行扫描二维码办理业务，让数据多跑路、群众少跑腿。',
  '全面推广扫码登记、扫码乘车等便民服务。',
  '认真做好2025年度党报党刊订阅发行工作。',
  '开通政务客服热线，确保群众来电件件有回音。',
  '各单位要用好微信公众号、政务微博等新媒体平台，加强正面宣传。',
  '各村要建立QQ群、微信群，及时发布防汛预警信息。',
  '严禁在网上传播谣言，不得传播未经核实的信息。',
  '向全县脱贫户免费赠送化肥种子2000余吨。',
  '以上意见，仅供大家参考，不妥之处请批评指正。',
  '要加强版权保护，严厉打击侵权盗版行为。',
  '群众可登录县政府门户网站下载相关表格。',
  '领导干部要原原本本阅读全文，真正做到学深悟透。',
  '对未完成年度目标任务的单位，县委将进行约谈。',
  '认真办理领导留言板群众留言，做到件件有回复。',
  '宣传部门要在报刊发表相关文章，加强舆论引导。',
  '为重点企业开辟VIP绿色通道，实行专人服务。',
  '坚决杜绝找人代写讲话稿、照抄照搬等形式主义问题。',
  '严厉打击倒卖车票等违法行为。',
  '感谢社会各界一直以来关注我们的工作！',
  '协会会员可享受培训补贴。',
  '来自网络的安全威胁日益增多，要筑牢网络安全防线。',
  '全县完成固定资产投资126.5亿元，同比增长8.2%。',
  '推动澳门注册企业在我县投资兴业。',
  '组织观看世界杯足球赛转播，丰富群众文化生活。',
];

describe('no false positives on government prose', () => {
  it.each(GOV_SENTENCES)('noiseReason null: %s', (s) => {
    expect(noiseReason(s)).toBeNull();
  });
  it.each(GOV_SENTENCES)('findNoiseSpans empty: %s', (s) => {
    expect(findNoiseSpans(s)).toEqual([]);
  });

  it('a normal speech has no boilerplate at all', () => {
    const doc = [
      '在全县2025年经济工作会议上的讲话',
      '（讨论稿）',
      '县长 王建国',
      '（2025年1月10日）',
      '',
      '同志们：',
      '今天召开全县经济工作会议，主要任务是总结去年工作、部署今年任务。',
      '一、充分肯定成绩，坚定发展信心',
      ...GOV_SENTENCES.slice(0, 10),
      '二、正视问题短板',
      '（一）项目建设',
      '1.加快重点项目进度',
      ...GOV_SENTENCES.slice(10),
      '同志们，新的一年任务艰巨，让我们团结一心、真抓实干！',
      '谢谢大家！',
      '',
      '县人民政府办公室',
      '2025年1月10日',
    ];
    expect(findBoilerplateBlocks(doc)).toEqual([]);
  });
});

describe('findBoilerplateBlocks', () => {
  const body = [
    '今天召开这次会议，主要是总结去年工作，安排部署今年重点任务。',
    '一、提高思想认识',
    '各级各部门要把思想和行动统一到县委的决策部署上来，切实增强责任感和紧迫感。',
    '二、突出工作重点',
    '要紧盯目标任务，倒排工期、挂图作战，确保各项任务按期完成。',
    '同志们，让我们以更加饱满的热情，奋力完成全年目标任务！',
    '谢谢大家！',
  ];

  it('header block of 9 lines ending before the title', () => {
    const doc = [
      '笔耕材料社', // 0 site name
      '自建平台、实时分享', // 1 slogan
      '每日更新 精品材料 一站获取', // 2 filler
      '全站材料会员立享8折 限时优惠', // 3 promo
      '', // 4 blank inside the run
      '【打击倒卖活动】', // 5
      '发现倒卖请联系客服', // 6
      '会员QQ群：512345678    ', // 7 with trailing spaces
      '当前位置：首页 > 领导讲话', // 8
      '', // 9
      '在全县xx会议上的讲话', // 10 title
      '同志们：', // 11
      ...body,
    ];
    const blocks = findBoilerplateBlocks(doc);
    expect(blocks).toEqual([{ first: 0, last: 8, reasons: ['网站名', '广告', '网站导航'] }]);
  });

  it('header block without a site-name anchor still starts at line 0', () => {
    const doc = ['材料在线', '自建平台、实时分享', '会员QQ群：512345678', '', '在全县xx会议上的讲话', '同志们：', ...body];
    expect(findBoilerplateBlocks(doc)).toEqual([{ first: 0, last: 2, reasons: ['广告'] }]);
  });

  it('short filler lines alone are not a block (needs a noise anchor)', () => {
    const doc = ['材料在线', '自建平台、实时分享', '', '在全县xx会议上的讲话', '同志们：', ...body];
    expect(findBoilerplateBlocks(doc)).toEqual([]);
  });

  it('footer block after the closing line', () => {
    const doc = [
      '在全县xx会议上的讲话',
      '同志们：',
      ...body, // ends at index 8 with 谢谢大家！
      '',
      '上一篇：在全市春耕生产工作会议上的讲话', // 10
      '下一篇：关于xx工作的调研报告', // 11
      '',
      '相关文章', // 13
      '本站部分内容来源于网络，如有侵权请联系删除。', // 14
      'Copyright © 2024 笔耕材料社', // 15
      '', // trailing blank
    ];
    expect(findBoilerplateBlocks(doc)).toEqual([{ first: 10, last: 15, reasons: ['网站导航', '水印'] }]);
  });

  it('footer block keeps the signature line before it', () => {
    const doc = ['关于xx工作的报告', ...body.slice(0, 5), '县人民政府办公室', '', '— 3 —', '扫码关注公众号'];
    expect(findBoilerplateBlocks(doc)).toEqual([{ first: 8, last: 9, reasons: ['文档页码', '广告'] }]);
  });

  it('header and footer together, plus a bracketed paywall line in the middle', () => {
    const doc = [
      '当前位置：首页 > 讲话稿', // 0
      '', // 1
      '在全县xx会议上的讲话', // 2
      '同志们：', // 3
      body[0]!, // 4
      '（未完，全文共2048字，当前仅显示1000字，正式会员可完整阅读，如需全文请先登录或者联系客服老师获取下载权限，谢谢理解与支持）', // 5, long but bracketed
      body[2]!, // 6
      '— 2 —', // 7 page number
      body[4]!, // 8
      '推荐阅读：', // 9
    ];
    expect(findBoilerplateBlocks(doc)).toEqual([
      { first: 0, last: 0, reasons: ['网站导航'] },
      { first: 5, last: 5, reasons: ['付费提示'] },
      { first: 7, last: 7, reasons: ['文档页码'] },
      { first: 9, last: 9, reasons: ['网站导航'] },
    ]);
  });

  it('consecutive middle noise lines are grouped; long unbracketed noisy lines are not dropped', () => {
    const long =
      '各乡镇要把项目建设作为重中之重，倒排工期、挂图作战，全文共1200字的实施方案已印发各单位，请认真抓好落实，确保各项任务落地见效，不折不扣完成年度目标任务并按时报送进展情况。';
    expect(long.length).toBeGreaterThanOrEqual(80);
    const doc = ['在全县xx会议上的讲话', '同志们：', body[0]!, '上一篇', '', '下一篇', body[2]!, long, body[4]!];
    expect(findBoilerplateBlocks(doc)).toEqual([{ first: 3, last: 5, reasons: ['网站导航'] }]);
  });

  it('a bare page number between two long lines is a page break', () => {
    const long1 = '各级各部门要把思想和行动统一到县委的决策部署上来，切实增强做好今年经济工作的责任感和紧迫感，';
    const long2 = '以更加务实的作风、更加有力的举措，确保全年各项目标任务圆满完成，为全县高质量发展作出新的更大贡献。';
    const doc = ['在全县xx会议上的讲话', '同志们：', long1, '7', long2, '谢谢大家！'];
    expect(findBoilerplateBlocks(doc)).toEqual([{ first: 3, last: 3, reasons: ['文档页码'] }]);
    // …but not a number cell in a flattened table
    expect(findBoilerplateBlocks(['序号', '1', '牵头单位', '县发改委'])).toEqual([]);
  });

  it('a long run of short lines is not a header block', () => {
    const cells = Array.from({ length: 50 }, (_, i) => `县直单位${i + 1}`);
    const doc = ['扫一扫', ...cells, '在全县xx会议上的讲话', '同志们：', ...body];
    expect(findBoilerplateBlocks(doc)).toEqual([{ first: 0, last: 0, reasons: ['广告'] }]);
  });

  it('empty and all-noise documents', () => {
    expect(findBoilerplateBlocks([])).toEqual([]);
    expect(findBoilerplateBlocks(['', ''])).toEqual([]);
    expect(findBoilerplateBlocks(['下载本文档', '', '扫一扫'])).toEqual([{ first: 0, last: 2, reasons: ['文档站', '广告'] }]);
  });
});

describe('findNoiseSpans', () => {
  const at = (line: string, piece: string): { start: number; end: number } => {
    const start = line.indexOf(piece);
    expect(start).toBeGreaterThanOrEqual(0);
    return { start, end: start + piece.length };
  };

  it('Discuz jammer codes', () => {
    const line = '系统解读8 [; o H! @9 B! f& ?# \\督查制度';
    expect(findNoiseSpans(line)).toEqual([{ ...at(line, '8 [; o H! @9 B! f& ?# \\'), reason: '干扰码' }]);
    const line2 = '全面推进/ X; a6 N4 i* x% |+ t河长制';
    expect(findNoiseSpans(line2)).toEqual([{ ...at(line2, '/ X; a6 N4 i* x% |+ t'), reason: '干扰码' }]);
  });

  it('pinyin ruby', () => {
    const line = '建立系統(tǒng)督查專報制度';
    expect(findNoiseSpans(line)).toEqual([{ start: 4, end: 10, reason: '拼音注音' }]);
    expect(line.slice(4, 10)).toBe('(tǒng)');
    const line2 = '统(tong)筹(chou)推(tui)进';
    expect(findNoiseSpans(line2).map((s) => line2.slice(s.start, s.end))).toEqual(['(tong)', '(chou)', '(tui)']);
  });

  it('SEO gambling spam', () => {
    const line = '澳门金沙城中心_欧洲杯足球网-【投注官网平台】项目工作专题会召开';
    expect(findNoiseSpans(line)).toEqual([{ start: 0, end: line.indexOf('项'), reason: '博彩广告' }]);
  });

  it('leaked HTML and CSS', () => {
    const line = '<p style="text-indent:2em">全县召开会议</p>';
    expect(findNoiseSpans(line)).toEqual([
      { ...at(line, '<p style="text-indent:2em">'), reason: 'HTML标签' },
      { ...at(line, '</p>'), reason: 'HTML标签' },
    ]);
    const css = '@page { size: 8.27in 11.69in; margin: 1in } 同志们：';
    expect(findNoiseSpans(css)).toEqual([{ ...at(css, '@page { size: 8.27in 11.69in; margin: 1in }'), reason: '样式代码' }]);
    const mso = '会议指出p.MsoNormal{margin:0cm;font-size:12pt}要加快推进';
    expect(findNoiseSpans(mso)).toEqual([{ ...at(mso, 'p.MsoNormal{margin:0cm;font-size:12pt}'), reason: '样式代码' }]);
    const word = '同志们<o:p></o:p>：<span lang=EN-US style=\'font-size:16pt\'>';
    expect(findNoiseSpans(word).map((x) => word.slice(x.start, x.end))).toEqual(['<o:p></o:p>', "<span lang=EN-US style='font-size:16pt'>"]);
    const ent = '同志们&nbsp;&nbsp;：';
    expect(findNoiseSpans(ent)).toEqual([{ ...at(ent, '&nbsp;&nbsp;'), reason: 'HTML标签' }]);
  });

  it('bracketed paywall insert inside running text, with its ellipses', () => {
    const line = '要加快重点项目建设……(某某文秘网…省略203字，正式会员可完整阅读)……确保按期完工。';
    expect(findNoiseSpans(line)).toEqual([
      { ...at(line, '……(某某文秘网…省略203字，正式会员可完整阅读)……'), reason: '付费提示' },
    ]);
  });

  it('leaves ordinary text alone', () => {
    for (const line of [
      '按照(a)(b)两种方案比选',
      '占比（1/3）以上',
      '澳门回归祖国25周年',
      '加强WTO and EU规则研究',
      '选项 A. B. C. D. 任选其一',
      '完成率达到95%（含1+X证书）',
      '金沙县召开专题会议',
      '依法打击网络博彩违法犯罪。',
      'a<b 且 c>d',
      '指标<5%且>3%',
      '《关于印发<实施方案>的通知》',
    ]) {
      expect(findNoiseSpans(line)).toEqual([]);
    }
  });
});

describe('properties', () => {
  const chars = fc.constantFrom(...'ab;!@#&?[]{}<>/:() \t一二会员群QQ1234567890：【】（）…_-澳门金沙投注官网p'.split(''));
  const line = fc.array(chars, { maxLength: 60 }).map((a) => a.join(''));
  it('spans are sorted, disjoint and inside the line', () => {
    fc.assert(
      fc.property(line, (l) => {
        let last = 0;
        for (const sp of findNoiseSpans(l)) {
          expect(sp.start).toBeGreaterThanOrEqual(last);
          expect(sp.end).toBeGreaterThan(sp.start);
          expect(sp.end).toBeLessThanOrEqual(l.length);
          expect(sp.reason.length).toBeGreaterThan(0);
          last = sp.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('blocks are sorted, disjoint, in range and start/end on noise or header lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constantFrom('', '下载本文档', '同志们：', '在全县xx会议上的讲话', '扫一扫')), { maxLength: 20 }), (lines) => {
        let last = -1;
        for (const b of findBoilerplateBlocks(lines)) {
          expect(b.first).toBeGreaterThan(last);
          expect(b.last).toBeGreaterThanOrEqual(b.first);
          expect(b.last).toBeLessThan(lines.length);
          expect(lines[b.first]!.trim()).not.toBe('');
          expect(lines[b.last]!.trim()).not.toBe('');
          expect(b.reasons.length).toBeGreaterThan(0);
          last = b.last;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('performance', () => {
  it('1 MB lines complete', () => {
    const a = '一'.repeat(1 << 20);
    const b = 'X '.repeat(1 << 19);
    const c = '{<(【'.repeat(1 << 18);
    const d = 'a; '.repeat(1 << 18);
    for (const s of [a, b, c, d]) {
      expect(noiseReason(s)).toBeNull();
      expect(findNoiseSpans(s)).toEqual([]);
      expect(findBoilerplateBlocks([s, s, '', s])).toEqual([]);
    }
    const jam = '8 [; o H! '.repeat(1 << 17);
    expect(findNoiseSpans(jam)).toHaveLength(1);
  });
});
