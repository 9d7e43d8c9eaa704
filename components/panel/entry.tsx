/**
 * One entry of the lists (a heading, a problem, an action, a finding): a button that reveals its span where the
 * page can (the editor, the paste box), else — read-only, as in the dashboard's 文稿分析 — the same text, inert.
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
  if (!onReveal) return <div className={classes('entry-text')}>{children}</div>;
  return (
    <button type="button" className={classes('entry-link')} title={revealTitle} onClick={() => onReveal(span)}>
      {children}
    </button>
  );
}
