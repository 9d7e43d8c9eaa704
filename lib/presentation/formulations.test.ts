import { describe, expect, it } from 'vitest';
import type { Formulation } from '../schema/analysis';
import { uniqueFormulations } from './formulations';

const f = (name: string, expansion: string[], start: number): Formulation => ({ name, expansion, start, end: start + 1 });

describe('uniqueFormulations', () => {
  it('keeps one entry per name at its first place, with the first expansion given', () => {
    expect(uniqueFormulations([f('五个一', [], 3), f('三个字', ['快', '实', '优'], 5), f('五个一', ['一个项目', '一名领导'], 9), f('五个一', ['其他'], 12)])).toEqual([
      f('五个一', ['一个项目', '一名领导'], 3),
      f('三个字', ['快', '实', '优'], 5),
    ]);
  });
});
