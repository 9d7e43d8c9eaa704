/**
 * Says plainly why the draft is not highlighted on the page (a canvas suite, no editor, a site not enabled, a
 * captured selection) and what to do instead: capture a selection (context menu or shortcut) or paste the text.
 */
import type { ReactNode } from 'react';
import type { NoHighlightReason } from '@/lib/editors/contract';
import { canvasSuiteOf } from '@/lib/panel/draft-source';
import { useI18n } from '../i18n';

export interface NoHighlightNoticeProps {
  reason: NoHighlightReason | null;
  /** True when the shown draft is a captured selection. */
  captured: boolean;
  url: string;
  shortcut: string;
  children?: ReactNode;
}

export function NoHighlightNotice({ reason, captured, url, shortcut, children }: NoHighlightNoticeProps) {
  const { t } = useI18n();
  const name = canvasSuiteOf(url);
  // An unknown canvas suite (recognised by its canvas tiles) is not named.
  const suite = { suite: name ? t('canvas.named', { name }) : '' };
  const lines: string[] = [];
  if (captured) {
    lines.push(t('reason.selection'));
    if (reason) lines.push(t(`reason.short.${reason}`, suite));
  } else lines.push(reason ? t(`reason.${reason}`, suite) : t('reason.noTab'));
  return (
    <div className={`notice notice-${reason ?? (captured ? 'selection' : 'none')}`} role="note">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="muted small">{t('capture.hint', { shortcut })}</p>
      {children}
    </div>
  );
}
