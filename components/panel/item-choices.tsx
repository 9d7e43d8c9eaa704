/**
 * What a person decides about a draft's items before saving them to the 督办台账: 不入台账 (leave an item out, now
 * and in every later save of the draft; undone with 撤销) and 拆分 (cut an action in two at a sentence or clause
 * boundary they pick; undone with 撤销拆分). The decisions are held by DraftPanel (splits) and the checklist
 * (skips, written at once through the background); these are their controls, presentational.
 */
import { useState } from 'react';
import type { SplitPart } from '@/lib/panel/splits';
import type { ItemKind, SkipRecord } from '@/lib/schema/checklist';
import { useI18n } from '../i18n';

/** The choices DraftPanel offers its entries; absent in read-only mode. */
export interface ItemChoices {
  /** The skip mark naming an entry (by lib/panel/skips `skipKey`), if any. */
  skipOf(kind: ItemKind, start: number, end: number): SkipRecord | undefined;
  onSkip(kind: ItemKind, start: number, end: number, words: string): void;
  onUnskip(skip: SkipRecord): void;
  /** Whether a skip or unskip is on its way (the buttons wait). */
  busy: boolean;
  /** The split part an action is (by its key), if it is one. */
  partOf(key: string): SplitPart | undefined;
  /** Where an action may be split (absolute offsets) and the text around each point. */
  pointsOf(start: number, end: number): { at: number; before: string; after: string }[];
  onSplit(key: string, at: number): void;
  onUnsplit(from: string): void;
}

/** 不入台账 / (skipped) 不入台账 · 撤销 for one entry. */
export function SkipControl({ choices, kind, start, end, words }: { choices: ItemChoices; kind: ItemKind; start: number; end: number; words: string }) {
  const { t } = useI18n();
  const skip = choices.skipOf(kind, start, end);
  if (skip) {
    return (
      <span className="skip-control">
        <span className="skipped-mark">{t('choice.skipped')}</span>
        <button type="button" className="small-button" title={t('choice.unskipTitle')} disabled={choices.busy} onClick={() => choices.onUnskip(skip)}>
          {t('choice.unskip')}
        </button>
      </span>
    );
  }
  return (
    <button type="button" className="small-button skip-button" title={t('choice.skipTitle')} disabled={choices.busy} onClick={() => choices.onSkip(kind, start, end, words)}>
      {t('choice.skip')}
    </button>
  );
}

/** 拆分 {part}/{parts} · 撤销拆分 on an action that is a split part. */
export function PartMark({ part, onUnsplit }: { part: SplitPart; onUnsplit(from: string): void }) {
  const { t } = useI18n();
  return (
    <span className="part-control">
      <span className="part-mark">{t('choice.part', { part: part.part + 1, parts: part.parts })}</span>
      <button type="button" className="small-button" onClick={() => onUnsplit(part.from)}>
        {t('choice.unsplit')}
      </button>
    </span>
  );
}

/** 拆分 and, once clicked, the points to split at (the words on both sides of each) and 取消. */
export function SplitButton({ choices, actionKey, start, end }: { choices: ItemChoices; actionKey: string; start: number; end: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="small-button split-button" title={t('choice.splitTitle')} aria-expanded={false} onClick={() => setOpen(true)}>
        {t('choice.split')}
      </button>
    );
  }
  const points = choices.pointsOf(start, end);
  return (
    <div className="split-chooser" role="group" aria-label={t('choice.splitTitle')}>
      <p className="muted small">{points.length ? t('choice.splitAt') : t('choice.splitNone')}</p>
      {points.map((p) => (
        <button
          key={p.at}
          type="button"
          className="split-point"
          onClick={() => {
            setOpen(false);
            choices.onSplit(actionKey, p.at);
          }}
        >
          <span className="split-before">{p.before}</span>
          <span className="split-bar" aria-hidden="true">
            ｜
          </span>
          <span className="split-after">{p.after}</span>
        </button>
      ))}
      <button type="button" className="small-button" onClick={() => setOpen(false)}>
        {t('choice.splitCancel')}
      </button>
    </div>
  );
}
