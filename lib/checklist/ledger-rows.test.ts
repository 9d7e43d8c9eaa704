import { describe, expect, it } from 'vitest';
import { ledgerFixture } from './ledger-fixture';
import { buildLedger, ledgerTitle, progressText, sourcePosition } from './ledger-rows';

describe('buildLedger', () => {
  it('gives the 台账 rows in draft order, with 【待补】 in empty required cells', () => {
    const ledger = ledgerFixture();
    expect(ledger.title).toBe('《在全县重点项目建设"攻坚年"推进会上的讲话》落实事项督办台账');
    expect(ledger.rows.map((r) => r.cells)).toEqual([
      ['1', '正文 问题清单「两个方面」', '问题', '项目储备质量不高。谋划深度不够', '', '【待补】', '', '【待补】', '未启动', '', ''],
      ['2', '正文 问题清单「两个方面」', '问题', '要素保障跟不上', '', '【待补】', '', '【待补】', '未启动', '', ''],
      ['3', '二、（三）', '任务', '由县发改局牵头，县财政局、县自然资源局配合，在2026年6月30日前完成重点项目入库，入库率达到"100%"', '县发改局', '县发改局', '县财政局、县自然资源局', '2026年6月30日', '推进中', '2026年3月15日：状态：未启动 → 推进中\n2026年4月2日：已完成入库初审（进度20%）', '黄灯'],
      ['4', '二、（三）', '任务', '县人社局督促落实农民工工资专用账户', '', '县人社局', '', '长期坚持', '长期坚持', '', '人工修改：事项内容'],
      ['5', '二、（三）', '任务', '要加强宣传报道', '', '【待补】', '', '【待补】', '未启动', '', ''],
      ['6', '二、（三）', '任务', '城北污水处理厂提标改造项目要确保按期完工', '', '【待补】', '', '按期', '滞后', '', '黄灯；修改稿中已无此项，事项保留'],
    ]);
    expect(ledger.rows.map((r) => r.dueIso)).toEqual(['', '', '2026-06-30', '', '', '']);
  });

  it('leaves out the trash', () => {
    expect(buildLedger({ title: 't' }, [], [], { today: '2026-01-01', settings: { warnDays: 3 } }).rows).toEqual([]);
  });
});

describe('pieces', () => {
  it.each([
    ['讲话', '《讲话》落实事项督办台账'],
    ['《政府工作报告》', '《政府工作报告》落实事项督办台账'],
    ['', '《未命名文稿》落实事项督办台账'],
  ])('ledgerTitle(%s)', (t, want) => expect(ledgerTitle(t)).toBe(want));
  it('sourcePosition takes the heading markers', () => {
    expect(sourcePosition({ section: [{ marker: '二、', title: '抓服务' }, { marker: '（三）', title: '激励担当' }, { marker: '1.', title: '建立机制' }], kind: 'action', group: null })).toBe('二、（三）1.');
    expect(sourcePosition({ section: [{ marker: '', title: '在思想认识上再聚焦' }], kind: 'action', group: null })).toBe('在思想认识上再聚焦');
    expect(sourcePosition({ section: [{ marker: '一、', title: '抓项目' }], kind: 'problem', group: '四个方面' })).toBe('一、 问题清单「四个方面」');
    // A speech's point keeps its number without the comma; a table's category (no marker) adds nothing to the markers.
    expect(sourcePosition({ section: [{ marker: '二、', title: '抓落实' }, { marker: '第三点，', title: '严格考核' }], kind: 'action', group: null })).toBe('二、第三点');
    expect(sourcePosition({ section: [{ marker: '（二）', title: '强化保障' }, { marker: '', title: '后勤保障' }], kind: 'action', group: null })).toBe('（二）');
    expect(sourcePosition({ section: [], kind: 'action', group: null })).toBe('正文');
  });
  it('progressText orders the log by date', () => {
    expect(progressText([])).toBe('');
  });
});
