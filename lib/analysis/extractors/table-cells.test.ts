import { describe, expect, it } from 'vitest';
import { cellShape, cellUnits } from './table-cells';

describe('cellUnits', () => {
  it('splits units at 、，/ and white space', () => {
    expect(cellUnits('县财政局、各乡镇')).toEqual(['县财政局', '各乡镇']);
    expect(cellUnits('党政办 总务处')).toEqual(['党政办', '总务处']);
    expect(cellUnits('区发改局/区财政局')).toEqual(['区发改局', '区财政局']);
    expect(cellUnits('市住建局，市城管局等有关部门')).toEqual(['市住建局', '市城管局']);
  });

  it('joins letter-spaced names', () => {
    expect(cellUnits('工  会')).toEqual(['工会']);
    expect(cellUnits('教 务 处')).toEqual(['教务处']);
    expect(cellUnits('团  委   办公室')).toEqual(['团委', '办公室']);
    expect(cellUnits('市 财政局')).toEqual(['市财政局']);
    expect(cellUnits('科研处团  委')).toEqual(['科研处', '团委']);
  });

  it('cuts units written together, but not one long name', () => {
    expect(cellUnits('各科室各中队')).toEqual(['各科室', '各中队']);
    expect(cellUnits('教务处各年级')).toEqual(['教务处', '各年级']);
    expect(cellUnits('总务处后勤科')).toEqual(['总务处', '后勤科']);
    expect(cellUnits('县政府办公室')).toEqual(['县政府办公室']);
    expect(cellUnits('市直各部门')).toEqual(['市直各部门']);
    expect(cellUnits('党政办公室')).toEqual(['党政办公室']);
    expect(cellUnits('市自然资源和规划局')).toEqual(['市自然资源和规划局']);
  });
});

describe('cellShape', () => {
  it('tells row numbers, times, units, short names and long texts apart', () => {
    expect(['3', '2-1', '4—2', '（五）', '十'].map((t) => cellShape(t))).toEqual(['seq', 'seq', 'seq', 'seq', 'seq']);
    expect(['2027年6月30日前', '9月底前', '全年', '每季度', '长期坚持', '暑假前', '方案3月底前，实施全年', '待定'].map((t) => cellShape(t))).toEqual(
      Array(8).fill('time'),
    );
    expect(['县财政局、各乡镇', '教务处 总务处', '各科室'].map((t) => cellShape(t))).toEqual(['units', 'units', 'units']);
    expect(cellShape('王小明')).toBe('short');
    expect(cellShape('')).toBe('empty');
    expect(cellShape('组织开展全县安全生产大检查，2027年底前完成隐患整改')).toBe('long');
    expect(cellShape('选派骨干参加2027年全省技能竞赛')).toBe('long');
  });
});
