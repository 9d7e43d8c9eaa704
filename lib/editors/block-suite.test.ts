// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockSuiteAdapter, groupBlockSuites } from './block-suite';

const hosts = () => [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')];

describe('block suites', () => {
  it('reads a 飞书-like nested block page as one draft, a line per block, without handles', () => {
    document.body.innerHTML = `<div class="page"><div class="page-block-children">
      <div class="block" data-block-id="1"><span class="handle">⋮⋮</span><div class="zone" contenteditable="true"><span>一、总体要求</span></div></div>
      <div class="block" data-block-id="2"><div class="zone" contenteditable="true">要抓落实。</div>
        <div class="children"><div class="block" data-block-id="3"><div class="zone" contenteditable="true">县发改局要牵头。</div></div></div></div>
      <div class="block" data-block-id="4"><div class="zone" contenteditable="true"></div></div>
      <div class="block" data-block-id="5"><div class="zone" contenteditable="true">二、保障措施</div></div>
    </div></div><div contenteditable="true" id="comment"><p>评论</p></div>`;
    const { suites, rest } = groupBlockSuites(hosts());
    expect(suites).toHaveLength(1);
    expect(suites[0]!.container.className).toBe('page-block-children');
    expect(rest.map((h) => h.id)).toEqual(['comment']);
    const adapter = blockSuiteAdapter(suites[0]!.container);
    expect(adapter.kind).toBe('block-suite');
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。\n县发改局要牵头。\n\n二、保障措施');
    const snap = adapter.readText();
    expect(snap.toRange(snap.text.indexOf('县发改局'), snap.text.indexOf('要牵头'))?.toString()).toBe('县发改局');
  });

  it('groups three or more one-line hosts without block markup', () => {
    document.body.innerHTML = '<main><section><div><p contenteditable="true">甲</p></div><div><p contenteditable="true">乙</p></div><div><p contenteditable="true">丙</p></div></section></main>';
    const { suites } = groupBlockSuites(hosts());
    expect(suites).toHaveLength(1);
    expect(blockSuiteAdapter(suites[0]!.container).readText().text).toBe('甲\n乙\n丙');
  });

  it('keeps two separate editors on a form apart', () => {
    document.body.innerHTML = '<form><div contenteditable="true"><p>标题</p></div><div contenteditable="true"><p>正文</p><p>二段</p></div></form>';
    const { suites, rest } = groupBlockSuites(hosts());
    expect(suites).toEqual([]);
    expect(rest).toHaveLength(2);
  });
});
