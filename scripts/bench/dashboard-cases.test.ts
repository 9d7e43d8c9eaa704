import { describe, expect, it } from 'vitest';
import { dashboardCases, tenThousandItems } from './dashboard-cases';

describe('dashboard bench cases', () => {
  it('build 10,000 items in 20 documents and render only the visible rows', () => {
    const { items, documents } = tenThousandItems();
    expect(items).toHaveLength(10_000);
    expect(documents).toHaveLength(20);
    expect(new Set(items.map((i) => i.status)).size).toBe(9);
    const [first, filter] = dashboardCases();
    const html = String(first!.run());
    const rows = (html.match(/role="row"/g) ?? []).length;
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(60);
    expect(html).toContain('共 10000 项（全部 10000 项）');
    expect(String(filter!.run())).toMatch(/共 \d+ 项（全部 10000 项）/);
  });
});
