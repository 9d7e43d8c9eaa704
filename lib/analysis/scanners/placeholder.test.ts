import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholders, isSeparatorLine, type PlaceholderKind } from './placeholder';

/** [text, kind] pairs, after checking that offsets agree with the text and are ordered/non-overlapping. */
function ph(text: string): Array<[string, PlaceholderKind]> {
  const ms = findPlaceholders(text);
  let last = 0;
  for (const m of ms) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    last = m.end;
  }
  return ms.map((m) => [m.text, m.kind]);
}

describe('findPlaceholders: number placeholders', () => {
  it.each([
    ['累计完成投资X亿元', [['X', 'number']]],
    ['新建XX个示范点', [['XX', 'number']]],
    ['新建xx个示范点', [['xx', 'number']]],
    ['新增就业x人', [['x', 'number']]],
    ['完成投资×亿元，占年度计划的×%', [['×', 'number'], ['×%', 'number']]],
    ['开工率达XX%', [['XX%', 'number']]],
    ['完成率*%', [['*%', 'number']]],
    ['增长Ｘ％', [['Ｘ％', 'number']]],
    ['同比下降××个百分点', [['××', 'number']]],
    ['达到X.X%', [['X.X%', 'number']]],
    ['全年完成***万元', [['***', 'number']]],
    ['共召开╳╳次会议', [['╳╳', 'number']]],
    ['近X年来', [['X', 'number']]],
    ['X日内办结', [['X', 'number']]],
  ] as const)('%s', (text, expected) => {
    expect(ph(text)).toEqual(expected);
  });

  it('gives exact offsets', () => {
    const text = '开工率达XX%，完成投资X亿元';
    expect(findPlaceholders(text)).toEqual([
      { start: 4, end: 7, text: 'XX%', kind: 'number' },
      { start: 12, end: 13, text: 'X', kind: 'number' },
    ]);
  });
});

describe('findPlaceholders: dates merge into one match', () => {
  it.each([
    ['时间：2023年X月X日', [['2023年X月X日', 'date']]],
    ['完成时限：2023年X月底前', [['2023年X月', 'date']]],
    ['X月底前完成', [['X月', 'date']]],
    ['于X月X日前上报', [['X月X日', 'date']]],
    ['xx月xx日召开', [['xx月xx日', 'date']]],
    ['20xx年很快就要过去一半了', [['20xx年', 'date']]],
    ['20XX年X月X日', [['20XX年X月X日', 'date']]],
    ['202X年工作要点', [['202X年', 'date']]],
    ['20××年度', [['20××年', 'date']]],
    ['XXXX年X月', [['XXXX年X月', 'date']]],
    ['6月X日前报送', [['6月X日', 'date']]],
    ['2024年6月X日', [['2024年6月X日', 'date']]],
    ['正月XX', [['正月XX', 'date']]],
    ['*月*日', [['*月*日', 'date']]],
    ['X月X日至X月X日', [['X月X日', 'date'], ['X月X日', 'date']]],
    ['每月X日前', [['X日', 'date']]],
    ['20XX-20XX年', [['20XX', 'date'], ['20XX年', 'date']]],
    ['X月份', [['X月', 'date']]],
  ] as const)('%s', (text, expected) => {
    expect(ph(text)).toEqual(expected);
  });

  it('offsets of a merged chain', () => {
    expect(findPlaceholders('时间：2023年X月X日')).toEqual([{ start: 3, end: 12, text: '2023年X月X日', kind: 'date' }]);
  });
});

describe('findPlaceholders: org and person', () => {
  it.each([
    ['××市', [['××', 'org']]],
    ['***区', [['***', 'org']]],
    ['**小区', [['**', 'org']]],
    ['╳╳大学', [['╳╳', 'org']]],
    ['XX县区', [['XX', 'org']]],
    ['XX街道', [['XX', 'org']]],
    ['某某公司', [['某某', 'org']]],
    ['XX市委书记', [['XX', 'org']]],
    ['XX委员会', [['XX', 'org']]],
    ['××××有限公司', [['××××', 'org']]],
    ['XX、XX等单位', [['XX', 'org'], ['XX', 'org']]],
    ['×××同志', [['×××', 'person']]],
    ['X同志', [['X', 'person']]],
    ['xx同志', [['xx', 'person']]],
    ['XX同志在会上的讲话', [['XX', 'person']]],
    ['X书记', [['X', 'person']]],
    ['XX市长', [['XX', 'person']]],
    ['XX副市长', [['XX', 'person']]],
    ['某某某同志', [['某某某', 'person']]],
    ['*、*等镇街主要负责同志', [['*', 'person'], ['*', 'person']]],
    ['由XX、XX同志牵头', [['XX', 'person'], ['XX', 'person']]],
    ['荣获X等奖', [['X', 'number']]],
    ['在某某会议上', [['某某', 'slot']]],
  ] as const)('%s', (text, expected) => {
    expect(ph(text)).toEqual(expected);
  });
});

describe('findPlaceholders: template slots', () => {
  it.each([
    ['（单位名称）要高度重视', [['（单位名称）', 'slot']]],
    ['(姓名)同志', [['(姓名)', 'slot']]],
    ['时间：（日期）', [['（日期）', 'slot']]],
    ['地点：（地点）', [['（地点）', 'slot']]],
    ['完成时限：【待补：完成时限】', [['【待补：完成时限】', 'slot']]],
    ['【待核实：2023年数据】', [['【待核实：2023年数据】', 'slot']]],
    ['【待核实XX数据】', [['【待核实XX数据】', 'slot']]],
  ] as const)('%s', (text, expected) => {
    expect(ph(text)).toEqual(expected);
  });

  it('does not treat ordinary parentheses as slots', () => {
    expect(ph('金额（万元）')).toEqual([]);
    expect(ph('（讨论稿）')).toEqual([]);
  });
});

describe('findPlaceholders: exclusions', () => {
  it.each([
    'X光检查',
    'X线',
    'X射线探伤',
    'x轴',
    '用Excel表格报送',
    '以XML格式导出',
    '适配Windows X系统',
    '购买iPhone X手机',
    '登录xx.gov.cn查询',
    '网址：http://www.xx.gov.cn/XX/index.html',
    '邮箱：xx@xx.com',
    '分辨率1920x1080',
    '面积3 x 4米',
    '规格3×4米',
    '2 × 2 阵列',
    '推进1+X证书制度试点',
    'the x value',
    '严格落实县W、县政F决策部署',
    '深入学习贯彻*DW精神',
    '认真学习贯彻X会精神',
    '深入学习***总***重要讲话精神',
    '***同志强调',
    '***书记指出',
    '学习X近平新时代中国特色社会主义思想',
    '重点项目*',
    '*注：数据截至6月底',
    '* 加强组织领导',
    '**********',
    'XXXXXX',
    '表中标*的为新开工项目',
  ])('%s', (text) => {
    expect(ph(text)).toEqual([]);
  });

  it('keeps a real placeholder next to an exclusion', () => {
    expect(ph('全县完成X光机配备XX台')).toEqual([['XX', 'number']]);
    expect(ph('打造Excel模板XX套')).toEqual([['XX', 'number']]);
  });
});

describe('findPlaceholders: mixed realistic lines', () => {
  it('a line from a template speech', () => {
    expect(ph('截至X月底，全县XX个重点项目完成投资××亿元，完成率*%，XX同志要亲自抓。')).toEqual([
      ['X月', 'date'],
      ['XX', 'number'],
      ['××', 'number'],
      ['*%', 'number'],
      ['XX', 'person'],
    ]);
  });
  it('no placeholders in ordinary text', () => {
    expect(ph('今年以来，全县完成固定资产投资126.5亿元，同比增长8.2%。')).toEqual([]);
    expect(ph('')).toEqual([]);
  });
});

describe('isSeparatorLine', () => {
  it.each(['X    X    X    X', 'X X', '×× ××', '* * *', 'XX\tXX', '　X　X　'])('true: %s', (line) => {
    expect(isSeparatorLine(line)).toBe(true);
  });
  it.each(['X', '×××', 'X月X日', 'XX同志：', 'X、X', '', '   ', 'XXXXX XXXXX', 'X X 同志'])('false: %s', (line) => {
    expect(isSeparatorLine(line)).toBe(false);
  });
  it('findPlaceholders may still report separator tokens (caller skips the line)', () => {
    const ms = findPlaceholders('X    X    X    X');
    for (const m of ms) expect(m.text).toBe('X');
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(
    ...'XxＸｘ×╳*＊某年月日号%％、，,.：:（）()【】待补核实单位名称姓名同志书记市县区等光线 aZ09@/-一二三'.split(''),
  );
  it('matches are ordered, non-overlapping, inside the text and echo it', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        let last = 0;
        for (const m of findPlaceholders(text)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.text).toBe(text.slice(m.start, m.end));
          last = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('performance', () => {
  it('1 MB of 一 and of "X " complete', () => {
    const a = '一'.repeat(1 << 20);
    const b = 'X '.repeat(1 << 19);
    const c = '*、'.repeat(1 << 19);
    const d = 'Xa'.repeat(1 << 19);
    expect(findPlaceholders(a)).toEqual([]);
    expect(findPlaceholders(b).length).toBe(1 << 19);
    expect(isSeparatorLine(b)).toBe(true);
    findPlaceholders(c);
    expect(findPlaceholders(d)).toEqual([]);
    expect(isSeparatorLine(a)).toBe(false);
  });
});
