import { describe, expect, it } from 'vitest';
import { run } from '../test-utils';

const names = (text: string) => run(text).formulations.map((f) => [f.name, f.expansion.join('、'), text.slice(f.start, f.end)]);

describe('remarkFormulations', () => {
  it('expands a 、-list right before the name, trimming the verb off its first item', () => {
    expect(names('要带头落实好一个项目、一名领导、一个团队、一套方案、一抓到底的“五个一”工作机制。')).toEqual([['五个一', '一个项目、一名领导、一个团队、一套方案、一抓到底', '五个一']]);
  });
  it('expands 「三个字」 from the quoted list that follows', () => {
    expect(names('有“三个字”可以供大家思考，就是“快、实、优”。')).toEqual([['三个字', '快、实、优', '三个字']]);
  });
  it('expands a parenthesised list after the name', () => {
    expect(names('实施“四个一批”（谋划一批、储备一批、开工一批、竣工一批）滚动机制。')).toEqual([['四个一批', '谋划一批、储备一批、开工一批、竣工一批', '四个一批']]);
  });
  it('keeps a name without local expansion, and ignores quoted words that are no formulation', () => {
    expect(names('打好“三大攻坚战”，当好“一把手”，落实“一岗双责”。')).toEqual([
      ['三大攻坚战', '', '三大攻坚战'],
      ['一岗双责', '', '一岗双责'],
    ]);
  });
  it('does not count a miscounted list as the expansion', () => {
    expect(names('抓好项目、资金的“三个到位”。')).toEqual([['三个到位', '', '三个到位']]);
  });
});
