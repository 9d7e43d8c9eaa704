/**
 * remarkFrame: the speech skeleton around the body [domain §1.2]. Finds the title (possibly over several lines, with
 * a ——subtitle and letter-spaced words), the meta lines under it (speaker, date, 讨论稿), the salutation (同志们： or a
 * 主送 line), the closing (同志们，…！ / 谢谢大家！) and the non-content tail (落款, 成文日期, 抄送, 附件, 印发).
 * NOTE sets `line.role`; boilerplate lines (remarkBoilerplate) are skipped.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectGenre } from '../genres';
import { alternation } from '../lexicon/alternation';
import { ADDRESSEE_SUFFIXES, ISSUER_SUFFIXES, SPEAKER_TITLES } from '../lexicon/units';
import { matchMarker } from './headings';
import type { Line } from '../text/lines';

const TITLE_CUE = /讲话|报告|通知|方案|意见|要点|计划|措施|纪要|决定|办法|规定|总结|发言|致辞|安排|任务|通报|决议|细则|条例|规划|提纲|汇报|材料|倡议书|公告|函$/;
const DATE_LINE = /^[（(]?\s*(?:[12]\d{3}|[一二〇零○][〇零○一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?[^。，]{0,20}[）)]?$/;
const STATUS_LINE = /^[（(](?:讨论稿|征求意见稿|送审稿|代拟稿|提纲|初稿|修改稿|审议稿|草案|此件公开发布|此件不公开|此件依申请公开)[）)]$/;
const SPEAKER_LINE = new RegExp(`^(?:[（(][^）)]{0,40}[）)])?[^。，；！？]{0,30}${alternation(SPEAKER_TITLES)}[\\s\\u3000]*[\\u4e00-\\u9fff·\\s]{2,8}$|^[\\u4e00-\\u9fff](?:\\s+[\\u4e00-\\u9fff]){1,3}$`);
const SALUTATION = /^[^。！？；]{2,80}[：:]$/;
const SALUTATION_CUE = new RegExp(`同志们|代表|委员|领导|来宾|朋友|同学|老师|主任|各位|女士|先生|^各[^：]{1,60}${alternation(ADDRESSEE_SUFFIXES)}`);
/** The issuer on a short signature line (「东湖区人民政府」). */
const ISSUER = new RegExp(`${alternation(ISSUER_SUFFIXES)}$`);
/** A markdown callout's first line (「> [!NOTE] 相关通知」): the callout is an editor's box around the text that follows. */
const CALLOUT = /^\[![A-Za-z]+\]/;
const TAIL = /^(?:抄送|抄报|附件|主题词|联系人|（联系人|\(联系人|（此件|\(此件)|印发$|^[－—-]\s*\d+\s*[－—-]$/;

function isDateLine(text: string): boolean {
  return DATE_LINE.test(text) || /^[^。，]{2,30}[12]\d{3}年\d{1,2}月\d{1,2}日印发$/.test(text);
}

/** Collapses letter-spacing (弘 扬 → 弘扬) and joins title lines; a ——subtitle is appended directly. */
export function joinTitle(parts: string[]): string {
  return parts
    .map((p) => p.replace(/(?<=[\u4e00-\u9fff“”《》])[ \t](?=[\u4e00-\u9fff“”《》])/g, '').replace(/[ \t\u3000]{2,}/g, ' '))
    .reduce((acc, p) => (!acc ? p : /^[—─-]{1,2}/.test(p) ? acc + p : `${acc} ${p}`), '');
}

/** Marks title, meta, salutation and closing lines; stores `file.data.title`, `titleLines`, `salutation`, `closing`. */
export function remarkFrame() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    const content = lines.filter((l) => l.role === 'body');
    file.data.title = null;
    file.data.titleLines = [];
    file.data.genre = 'speech';
    file.data.salutation = null;
    file.data.closing = null;
    if (!content.length) return;

    // Head: title lines, then meta lines, then the salutation, all within the first few content lines.
    // A callout box opening the text (「> [!NOTE] 相关通知」 and its quoted lines) is an editor's note, not part of the draft.
    let skip = 0;
    if (content[0]!.md.quote && CALLOUT.test(content[0]!.text)) {
      while (skip < content.length && content[skip]!.md.quote) content[skip++]!.role = 'meta';
      while (skip < content.length && /^[-*_]{3,}$/.test(content[skip]!.text)) content[skip++]!.role = 'meta';
    }
    const head = content.slice(skip, skip + 12);
    let i = 0;
    const titleLines: Line[] = [];
    // A markdown # line is the title; so is a ## line that opens the text and carries no heading number.
    const mdTitle = head.find((l) => l.md.heading === 1) ?? (head[0]?.md.heading && head[0].md.heading <= 2 && !matchMarker(head[0].text) ? head[0] : undefined);
    if (mdTitle) {
      titleLines.push(mdTitle);
      i = head.indexOf(mdTitle) + 1;
    } else {
      while (i < head.length && titleLines.length < 4) {
        const t = head[i]!.text;
        const titleish = t.length <= 70 && !/[。；，,;：:！？]$/.test(t) && !/^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十\d]+[）)]|^\d+[.、]/.test(t);
        if (!titleish || isDateLine(t) || STATUS_LINE.test(t) || (titleLines.length && SPEAKER_LINE.test(t))) break;
        titleLines.push(head[i]!);
        i++;
      }
      // Accept only what reads as a title: a cue word, or followed by a subtitle, date, speaker or salutation line.
      const next = head[i]?.text ?? '';
      const cue = titleLines.some((l) => TITLE_CUE.test(l.text));
      const framed = isDateLine(next) || STATUS_LINE.test(next) || SPEAKER_LINE.test(next) || (SALUTATION.test(next) && SALUTATION_CUE.test(next));
      if (!titleLines.length || !(cue || framed) || titleLines.some((l) => l.text.length > 70)) {
        titleLines.length = 0;
        i = 0;
      }
    }
    for (const l of titleLines) l.role = 'title';
    file.data.titleLines = titleLines.map((l) => l.index);
    file.data.title = titleLines.length ? joinTitle(titleLines.map((l) => l.text)) : null;
    const opening = head.slice(i, i + 5).map((l) => l.text);
    file.data.genre = detectGenre(file.data.title as string | null, opening).id;

    for (; i < head.length; i++) {
      const t = head[i]!.text;
      if (head[i]!.role !== 'body') continue;
      if (isDateLine(t) || STATUS_LINE.test(t) || (titleLines.length && SPEAKER_LINE.test(t))) {
        head[i]!.role = 'meta';
        continue;
      }
      if (SALUTATION.test(t) && SALUTATION_CUE.test(t) && t.length <= 80) {
        head[i]!.role = 'salutation';
        file.data.salutation = head[i]!.index;
      }
      break;
    }

    // Tail: 落款, dates, 抄送/附件/印发 lines are non-content; the closing is the last 同志们，… or 谢谢 paragraph.
    for (let k = content.length - 1; k >= Math.max(0, content.length - 8); k--) {
      const l = content[k]!;
      if (l.role !== 'body') continue;
      const t = l.text;
      if (isDateLine(t) || TAIL.test(t) || STATUS_LINE.test(t) || (t.length <= 20 && !/[。；，！？]/.test(t) && ISSUER.test(t))) {
        l.role = 'meta';
        continue;
      }
      break;
    }
    // 附件：1．…  2．… — the attachment list is not part of the body.
    for (let k = Math.max(0, content.length - 20); k < content.length; k++) {
      if (!/^附件\s*\d*\s*[：:]/.test(content[k]!.text)) continue;
      content[k]!.role = 'meta';
      for (let j = k + 1; j < content.length && /^(?:\d{1,2}\s*[.．、]|附件\s*\d)/.test(content[j]!.text); j++) content[j]!.role = 'meta';
      break;
    }
    for (let k = content.length - 1; k >= Math.max(0, content.length - 4); k--) {
      const l = content[k]!;
      if (l.role !== 'body') continue;
      if (/^(?:同志们|各位代表|各位委员|同志们、朋友们)[，,！!]|^(?:谢谢大家|谢谢)[！!。]?$/.test(l.text)) {
        l.role = 'closing';
        file.data.closing = l.index;
        break;
      }
    }
  };
}
