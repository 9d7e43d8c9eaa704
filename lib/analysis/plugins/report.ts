/**
 * Findings are vfile messages: a rule id, a reason ("Unexpected X, expected Y: 中文说明") and a place with offsets.
 * `report` builds one from input offsets; `toFindings` turns a file's messages into Analysis findings.
 */
import type { VFile } from 'vfile';
import type { Finding, Severity } from '../../schema/analysis';
import type { RuleId } from '../types';

/** 1-based line/column of an input offset. */
function point(offset: number, starts: number[]): { line: number; column: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
}

const lineStarts = new WeakMap<VFile, number[]>();

function startsOf(file: VFile): number[] {
  let s = lineStarts.get(file);
  if (!s) {
    const input = file.data.input ?? '';
    s = [0];
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c === 10 || (c === 13 && input.charCodeAt(i + 1) !== 10)) s.push(i + 1);
    }
    lineStarts.set(file, s);
  }
  return s;
}

/** Adds a finding to the file as a vfile message with rule id, severity and place. */
export function report(file: VFile, rule: RuleId, severity: Severity, reason: string, start: number, end: number): void {
  const starts = startsOf(file);
  const place = { start: point(start, starts), end: point(end, starts) };
  // nb. A vfile message is an Error: its constructor captures a stack trace, which vfile then overwrites with ''.
  // Where the engine has a limit on captured frames (V8's Error.stackTraceLimit), none are captured: about 17 ms per
  // 900 findings, for nothing.
  const errors = Error as { stackTraceLimit?: number };
  const limit = errors.stackTraceLimit;
  if (typeof limit === 'number') errors.stackTraceLimit = 0;
  let message;
  try {
    message = file.message(reason, { place, ruleId: rule, source: 'luoshi' });
  } finally {
    if (typeof limit === 'number') errors.stackTraceLimit = limit;
  }
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

/** The file's messages as Analysis findings, in document order. */
export function toFindings(file: VFile): Finding[] {
  return file.messages
    .map((m) => {
      const place = m.place && 'start' in m.place ? m.place : null;
      const severity: Severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
      return {
        rule: m.ruleId ?? 'unknown',
        severity,
        message: m.reason,
        start: place?.start.offset ?? 0,
        end: place?.end.offset ?? 0,
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
