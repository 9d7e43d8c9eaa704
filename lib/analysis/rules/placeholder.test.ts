import { describe, expect, it } from 'vitest';
import { lint } from '../test-utils';

describe('rule placeholder', () => {
  it('lists every unfilled slot with its kind', () => {
    expect(lint('8月X日，XX书记指出，全年完成投资×亿元，占计划的XX%，××镇要在X月底前完成。', ['placeholder'])).toEqual([
      'placeholder@8月X日: Unexpected placeholder 「8月X日」, expected the real date: 未填写的日期，成稿前请补齐',
      'placeholder@XX: Unexpected placeholder 「XX」, expected the real person: 未填写的人名，成稿前请补齐',
      'placeholder@×: Unexpected placeholder 「×」, expected the real number: 未填写的数字，成稿前请补齐',
      'placeholder@XX%: Unexpected placeholder 「XX%」, expected the real number: 未填写的数字，成稿前请补齐',
      'placeholder@××: Unexpected placeholder 「××」, expected the real org: 未填写的单位或地名，成稿前请补齐',
      'placeholder@X月: Unexpected placeholder 「X月」, expected the real date: 未填写的日期，成稿前请补齐',
    ]);
  });
  it('passes masks, X光 and separator lines', () => {
    expect(lint('认真学习县W、县政F文件精神，配备X光机。\nX    X    X    X', ['placeholder'])).toEqual([]);
  });
});
