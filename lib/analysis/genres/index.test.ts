import { describe, expect, it } from 'vitest';
import { run } from '../test-utils';
import { detectGenre, genreOfTitle } from './index';

describe('genres', () => {
  it.each([
    ['关于推进老旧小区改造的实施方案（征求意见稿）', 'plan'],
    ['青山区2027年度工作要点', 'plan'],
    ['关于加快发展县域物流产业的指导意见', 'plan'],
    ['关于做好汛期安全工作的通知', 'notice'],
    ['转发：市教育局关于做好寒假安全工作的通知', 'notice'],
    ['县政府第十二次常务会议纪要', 'minutes'],
    ['政府工作报告——2027年1月8日在东湖区第三届人民代表大会第二次会议上', 'report'],
    ['在全县经济工作会议上的讲话', 'speech'],
    ['在2026年春季学期开学典礼上的讲话提纲', 'speech'],
    ['弘扬正气 提振精神', null],
  ])('reads the genre of the title 「%s」', (title, id) => {
    expect(genreOfTitle(title)?.id ?? null).toBe(id);
  });

  it.each([
    [['各市人民政府，省政府各部门：', '为加快培育数字经济，现提出如下意见。'], 'plan'],
    [['为提升机关效能，结合本局实际，制定本工作方案。'], 'plan'],
    [['2027年3月2日，副县长李华主持召开专题会议，现纪要如下：'], 'minutes'],
    [['各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议。'], 'report'],
    [['同志们：', '现在，我代表中共东湖区第二届委员会向大会作报告。'], 'report'],
    [['各乡镇人民政府，县直各部门：', '近期我县降雨偏多，各地务必高度警惕。'], 'notice'],
    [['同志们：', '今天召开全县安全生产工作会议。'], 'speech'],
    [['这几年大家的干劲很足。'], 'speech'],
  ])('reads the genre of an untitled opening %j', (opening, id) => {
    expect(detectGenre(null, opening).id).toBe(id);
  });

  it('puts the genre in the Analysis', () => {
    expect(run('关于开展消防安全大排查的实施方案\n一、工作目标\n到2027年底，建成微型消防站50个。').genre).toBe('plan');
    expect(run('同志们：\n今天我们开个短会。\n大家要把安全放在心上。').genre).toBe('speech');
  });

  it('reads targets without a modal in the task part of a work report, not in its review', () => {
    const text = '各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2026年工作回顾\n全年新建公园12个。\n二、2027年主要任务\n新建村级养老服务站120个，改造农村公路300公里。\n城乡居民人均收入增长6%左右。';
    expect(run(text).actions.map((a) => a.text)).toEqual(['新建村级养老服务站120个，改造农村公路300公里', '城乡居民人均收入增长6%左右']);
  });

  it('reads bare task clauses of a work report outside its review, and a slogan as no task', () => {
    const text = '各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2026年工作回顾\n着眼畅通城乡交通，建成东河大桥，加快建设3条乡村公路。\n二、2027年重点工作\n着眼畅通城乡交通，建成西河大桥，加快建设5条乡村公路。\n各位代表，幸福靠奋斗，发展靠实干。';
    expect(run(text).actions.map((a) => a.text)).toEqual(['着眼畅通城乡交通，建成西河大桥，加快建设5条乡村公路']);
  });
});
