import { describe, expect, it } from 'vitest';
import { run } from '../test-utils';

const frame = (text: string) => {
  const a = run(text);
  return { title: a.title, date: a.date, salutation: a.salutation?.text ?? null, closing: a.closing?.text ?? null };
};

describe('remarkFrame', () => {
  it('reads title, date line, salutation and closing of a speech', () => {
    expect(frame('在全县项目建设推进会上的讲话\n（2026年3月12日）\n同志们：\n今天召开推进会。\n各乡镇要抓好落实。\n同志们，让我们只争朝夕、真抓实干！')).toEqual({
      title: '在全县项目建设推进会上的讲话',
      date: '2026-03-12',
      salutation: '同志们：',
      closing: '同志们，让我们只争朝夕、真抓实干！',
    });
  });

  it('joins a letter-spaced title over several lines with its subtitle', () => {
    expect(frame('弘 扬 正 气   提 振 精 神\n——在市政府全体会议上的讲话\n李 明\n同志们：\n下面我讲几点意见。').title).toBe('弘扬正气 提振精神——在市政府全体会议上的讲话');
  });

  it('reads a 主送 line as the salutation and the 成文日期 at the end', () => {
    expect(frame('关于做好防汛工作的通知\n各乡镇人民政府，县直各部门：\n各乡镇要在4月底前完成排查。\n县水利局\n2026年3月2日')).toEqual({
      title: '关于做好防汛工作的通知',
      date: '2026-03-02',
      salutation: '各乡镇人民政府，县直各部门：',
      closing: null,
    });
  });

  it('finds no title when the draft opens with body text', () => {
    expect(frame('为贯彻落实发展规划，加快推进数字建设，制定本行动方案。\n一、打造数字政府').title).toBeNull();
  });

  it('takes a markdown # line as the title', () => {
    expect(frame('# 在防火工作会议上的讲话\n\n同志们：\n要守住底线。').title).toBe('在防火工作会议上的讲话');
  });
});

describe('remarkFrame: markdown callouts and ## titles', () => {
  it('skips a callout box before a ## title and reads the plan that follows', () => {
    const text = '> [!NOTE] 相关通知\n>\n> **省委办公厅印发《关于深化基层减负的实施方案》**\n>\n> 本报讯　近日，省委办公厅印发了《关于深化基层减负的实施方案》。\n\n---\n\n## 关于深化基层减负的实施方案\n\n为切实减轻基层负担，制定本方案。\n\n### 一、主要任务\n\n每年清理一次各类考核事项。';
    const a = run(text);
    expect(a.title).toBe('关于深化基层减负的实施方案');
    expect(a.genre).toBe('plan');
    expect(a.actions.map((x) => x.text)).toEqual(['每年清理一次各类考核事项']);
  });

  it('does not take a numbered ## line for the title', () => {
    expect(run('## 一、总体要求\n\n坚持问题导向。').title).toBeNull();
  });
});
