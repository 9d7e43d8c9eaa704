/**
 * axe-core in the e2e pages: its source (a devDependency) evaluated in the page or frame, which the pages' CSP allows
 * since the page itself is not asked to load it, and its critical, serious and moderate violations as one line per node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's critical, serious and moderate violations on `target` (a page or a frame) as it is now, one line per
 * node; with `within` (element names), only the nodes in those elements — the extension's own UI on a host page
 * (its shadow roots are open, so axe reads into them), not the host page's markup.
 */
export async function axeProblems(target, { within } = {}) {
  if (!(await target.evaluate(() => typeof window.axe === 'object'))) await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (names) => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    // A node's target: its selector, or — inside shadow roots — the host's selector first, then the inner ones.
    const host = (n) => {
      const first = Array.isArray(n.target[0]) ? n.target[0][0] : n.target[0];
      return /^[a-z][\w-]*/i.exec(String(first))?.[0].toLowerCase();
    };
    const ours = (n) => !names || names.includes(host(n));
    return r.violations
      .filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact))
      .flatMap((v) => v.nodes.filter(ours).map((n) => `${v.impact} ${v.id} ${n.target.flat().join(' ')}`));
  }, within ?? null);
}

/**
 * The text colour contrast of the extension's own UI on a host page, which axe-core leaves undetermined there (a
 * fixed box over the page's text: "unable to determine contrast ratio"): for every element with text of its own
 * inside the shadow roots of the hosts named `within`, its colour over the first opaque background up its tree
 * (colours with alpha blended over it), against WCAG's 4.5:1 (3:1 for large text). One line per element below it.
 */
export async function contrastProblems(target, { within }) {
  return target.evaluate((names) => {
    const rgba = (css) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const over = (fg, bg) => [0, 1, 2].map((k) => fg[k] * fg[3] + bg[k] * (1 - fg[3]));
    const luminance = (c) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    /** The colour behind `el`: its own or an ancestor's background, layers with alpha blended, white at the end. */
    const background = (el) => {
      const layers = [];
      for (let n = el; n; n = n.parentElement ?? n.getRootNode().host ?? null) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c && c[3] > 0) {
          layers.push(c);
          if (c[3] >= 1) break;
        }
      }
      return layers.reduceRight((below, c) => over(c, below), [255, 255, 255]);
    };
    const out = [];
    for (const name of names) {
      for (const host of document.querySelectorAll(name)) {
        for (const el of host.shadowRoot?.querySelectorAll('*') ?? []) {
          const own = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim());
          if (!own || el.getClientRects().length === 0) continue;
          const cs = getComputedStyle(el);
          if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
          const bg = background(el);
          const fg = over(rgba(cs.color) ?? [0, 0, 0, 1], bg);
          const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
          const ratio = (hi + 0.05) / (lo + 0.05);
          const size = Number.parseFloat(cs.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5)) out.push(`${name} ${el.localName}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} 「${el.textContent.trim().slice(0, 20)}」 ${ratio.toFixed(2)}:1`);
        }
      }
    }
    return out;
  }, within);
}
