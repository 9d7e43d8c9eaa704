import { describe, expect, it } from 'vitest';
import { directiveStrength } from './directive';

describe('directiveStrength', () => {
  it.each([
    ['各乡镇、各部门必须严格对照节点推进', 'strong'],
    ['严禁在职教师参加有偿补课', 'strong'],
    ['对已开工的项目，要开工不停工', 'medium'],
    ['对参与的学校，要求立即停止违规行为', 'medium'],
    ['力争早日竣工投运', 'soft'],
    ['尽快完成全县产业规划编制', 'medium'],
    ['年底前，建成县级政务服务平台', 'medium'],
    ['对首次认定的企业给予每家最高20万元补助', 'medium'],
    ['这是当前最重要的一项工作', null],
    ['主要有这么几个方面', null],
    ['与市委提出的要求相比还有差距', null],
    ['我们尤为需要一抓到底的态度', null],
    ['下面，我讲三点意见', null],
    ['首先，请县发改局汇报项目进展情况', null],
    ['去年我们立即召开了专题会议', null],
    ['全县固定资产投资同比增长8.5%', null],
    ['工作方式方法不能适应形势发展需要', null],
    ['为实现上述目标，重点抓好以下工作', null],
    ['做好今年政府工作意义重大', null],
    ['现将会议议定事项纪要如下', null],
    ['这些资金从哪里来？', null],
    ['在肯定成绩的同时，我们也要清醒地看到差距', null],
    ['我们必须深刻认识到抓项目就是抓发展', null],
    ['要缩小与先进地区的差距，根本出路还在项目', null],
    ['作风决定成效', null],
    ['对有偿补课行为，发现一起、查处一起、曝光一起', 'medium'],
    ['对同时符合其他政策的，按照就高不重复原则执行', null],
    ['决定暂缓实施，由县发改局先行测算投资规模', 'medium'],
    ['汛期实行24小时值班和领导带班制度', 'medium'],
    ['让我们团结一心，为建设美丽临河而努力奋斗', null],
    ['去年汛期实行了24小时值班制度', null],
    ['抓项目服务，我看关键要把握好“三个字”，就是“早、实、细”', null],
    ['会议决定成立项目建设领导小组', 'medium'],
    ['经研究决定，对以下单位予以通报表扬', 'medium'],
    ['市教育局决定开展专项治理', 'medium'],
    ['县委常委会研究决定调整领导小组成员', 'medium'],
    ['各部门要看准时机加快推进', 'medium'],
  ])('%s → %s', (clause, expected) => expect(directiveStrength(clause)).toBe(expected));
});

describe('directiveStrength in a body governed by its item title (一要…)', () => {
  it('orders what neither narrates nor explains', () => {
    expect(directiveStrength('党委带头做好支部书记的引领工作')).toBe(null);
    expect(directiveStrength('党委带头做好支部书记的引领工作', { governed: true })).toBe('medium');
    expect(directiveStrength('全体党员“亮身份、见行动”，真正体现党员示范性', { governed: true })).toBe('medium');
    expect(directiveStrength('这是党建工作的关键所在', { governed: true })).toBe(null);
    expect(directiveStrength('去年党委带头做好了引领工作', { governed: true })).toBe(null);
  });
});

describe('directiveStrength with the office lexicon', () => {
  it('counts a clause with an extra directive word, unless it narrates the past', () => {
    expect(directiveStrength('基层减负抓实见效')).toBe(null);
    expect(directiveStrength('基层减负抓实见效', { extra: ['抓实见效'] })).toBe('medium');
    expect(directiveStrength('去年基层减负已经抓实见效', { extra: ['抓实见效'] })).toBe(null);
    expect(directiveStrength('基层减负抓实见效', { extra: [''] })).toBe(null);
  });
});
