// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCanvasSuite } from './canvas-suite';

describe('isCanvasSuite', () => {
  it.each([
    ['docs.qq.com', '/doc/DVXxx', true],
    ['www.kdocs.cn', '/l/abc', true],
    ['kdocs.cn', '/', true],
    ['docs.google.com', '/document/d/1/edit', true],
    ['docs.google.com', '/forms/d/1', false],
    ['oa.example.gov.cn', '/doc/1', false],
    ['notdocs.qq.com.example', '/', false],
  ])('%s%s → %s', (hostname, pathname, expected) => {
    expect(isCanvasSuite({ hostname, pathname })).toBe(expected);
  });

  it('recognises Google Docs canvas tiles on any host', () => {
    document.body.innerHTML = '<div class="kix-appview-editor"><canvas class="kix-canvas-tile-content"></canvas></div>';
    expect(isCanvasSuite({ hostname: 'localhost', pathname: '/' }, document)).toBe(true);
  });
});
