/**
 * One entry of the lists (a heading, a problem, an action, a finding): a button that reveals its span where the
 * page can (the editor, the paste box), else — read-only, as in the dashboard's 文稿分析 — the same text, inert.
 * `data-span="start-end"` names its span, so the side panel can scroll to the entry a highlight card asks for.
 */
import type { ReactNode } from 'react';
import type { Spanned } from '@/lib/panel/view-model';

export interface RevealProps {
  /** Reveals an entry's span; without it entries are plain text. */
  onReveal?(span: Spanned): void;
  /** Says what a click does. */
  revealTitle?: string;
}

export function Entry({ span, onReveal, revealTitle, className, children }: RevealProps & { span: Spanned; className?: string; children: ReactNode }) {
  const classes = (base: string) => (className ? `${base} ${className}` : base);
  const at = spanAttr(span);
  if (!onReveal) return <div className={classes('entry-text')} data-span={at}>{children}</div>;
  return (
    <button type="button" className={classes('entry-link')} title={revealTitle} data-span={at} onClick={() => onReveal(span)}>
      {children}
    </button>
  );
}

/** The `data-span` value of an entry of span `start..end`. */
export function spanAttr(span: { start: number; end: number }): string {
  return `${span.start}-${span.end}`;
}
