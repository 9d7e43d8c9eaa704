/**
 * One item's view beside the table: where it comes from (document, section, the quoted sentence, a link that
 * shows it in the open draft), its status with a note, hand edits of owners and deadline (each revertible to the
 * draft's value), the progress log (进展情况) with a form to add to it, and keep / trash for orphaned or deleted
 * items. Writes go through the repository; the table follows through the live query.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { statuses } from '@/lib/checklist/status';
import { isoDay } from '@/lib/calendar';
import type { RevealOutcome } from '@/lib/dashboard/reveal';
import type { ChecklistRepository } from '@/lib/db/repository';
import { itemEditFromForm, itemForm, resolveDeadlineInput } from '@/lib/edits/index';
import { formatChineseDate, formatSection } from '@/lib/presentation/labels';
import type { DocumentRecord, EditableField, ItemRecord, NoteRecord, Status } from '@/lib/schema/checklist';
import type { DashboardRow } from '@/lib/dashboard/model';
import { useI18n } from '@/components/i18n';
import { useDialogFocus } from './dialog-focus';
import { useFieldDrafts } from './use-field-drafts';

export interface ItemPanelProps {
  row: DashboardRow;
  document: DocumentRecord | undefined;
  repo: ChecklistRepository;
  /** 「在原文中定位」, by the page (lib/dashboard/reveal.ts over the browser). */
  openAtItem(document: DocumentRecord, item: ItemRecord): Promise<RevealOutcome>;
  /** The last action's outcome; kept by the page, since the panel is re-created when another item is opened. */
  message: string | null;
  onMessage(message: string | null): void;
  onClose(): void;
  /** Who wrote the item's version last on the team ledger (its sync metadata), or null; absent when nothing syncs. */
  lastChangedBy?(itemId: string): Promise<string | null>;
}

const REVEAL_MESSAGES: Record<RevealOutcome, 'item.revealed' | 'item.focused' | 'item.opened' | 'item.noUrl'> = {
  revealed: 'item.revealed',
  focused: 'item.focused',
  opened: 'item.opened',
  'no-url': 'item.noUrl',
};

function draftValueText(item: ItemRecord, field: EditableField): string {
  const v = item.draft[field];
  if (field === 'deadline') return item.draft.deadline ? item.draft.deadline.text : '';
  return Array.isArray(v) ? v.join('、') : typeof v === 'string' ? v : '';
}

/**
 * Keyed by its item's id only: a live update of the item (another tab, a status change, a re-save of the draft)
 * re-renders it with the new record and never remounts it. The status and the owner/deadline fields are drafts over
 * the record (use-field-drafts.ts): a field someone has changed or is in keeps its text and caret, the others follow
 * the record; the status note and the progress note are the person's own until they are saved.
 */
export function ItemPanel({ row, document, repo, openAtItem, message, onMessage: setMessage, onClose, lastChangedBy }: ItemPanelProps) {
  const { t, day } = useI18n();
  const { item } = row;
  const [notes, setNotes] = useState<NoteRecord[]>([]);
  const drafts = useFieldDrafts({ ...itemForm(item), status: item.status as string });
  const { lead, owners, coop, deadlineText, due } = drafts.values;
  const form = { lead, owners, coop, deadlineText, due };
  const status = drafts.values.status as Status;
  const setStatus = (value: Status) => drafts.set('status', value);
  const [statusNote, setStatusNote] = useState('');
  const setLead = (value: string) => drafts.set('lead', value);
  const setOwners = (value: string) => drafts.set('owners', value);
  const setCoop = (value: string) => drafts.set('coop', value);
  const setDue = (value: string) => drafts.set('due', value);
  // A typed deadline resolves against the draft's reference date, as in the side panel (lib/edits).
  const referenceDate = () => document?.referenceDate ?? isoDay(Date.now());
  const setDeadlineText = (value: string) => drafts.patch({ deadlineText: value, due: resolveDeadlineInput(value, referenceDate())?.due ?? '' });
  const [noteText, setNoteText] = useState('');
  const [noteDate, setNoteDate] = useState(() => isoDay(Date.now()));
  const [noteProgress, setNoteProgress] = useState('');
  // A dialog beside the table: the focus moves in, Tab goes round it, Esc closes it and the focus returns to the row.
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const dialog = useDialogFocus(panel, heading, item.id, onClose);

  const [changedBy, setChangedBy] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void repo.listNotes(item.id).then((n) => alive && setNotes(n));
    void lastChangedBy?.(item.id).then((by) => alive && setChangedBy(by), () => undefined);
    return () => {
      alive = false;
    };
    // nb. A new version of the item (a status change elsewhere logs itself) reads the log again.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- updatedAt is the trigger, not a value read
  }, [repo, item.id, item.updatedAt, lastChangedBy]);

  const run = async (action: () => Promise<unknown>, done: string = t('item.saved')) => {
    setMessage(null);
    try {
      await action();
      setMessage(done);
      setNotes(await repo.listNotes(item.id));
    } catch (e) {
      setMessage(t('error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const saveEdits = () =>
    run(async () => {
      const edit = itemEditFromForm(item, form, referenceDate());
      if (Object.keys(edit).length) await repo.editItem(item.id, edit);
    });

  const reveal = async () => {
    if (!document) return;
    setMessage(null);
    try {
      const outcome = await openAtItem(document, item);
      setMessage(t(REVEAL_MESSAGES[outcome]));
    } catch (e) {
      setMessage(t('error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const revert = (field: EditableField) => (
    <button type="button" className="link-button revert" onClick={() => void run(() => repo.revertEdit(item.id, field))} data-testid={`revert-${field}`}>
      {t('item.revert', { value: draftValueText(item, field) || t('item.empty') })}
    </button>
  );
  const edited = (field: EditableField) => item.edited.includes(field);

  return (
    <section ref={panel} className="item-panel" role="dialog" aria-labelledby={headingId} onKeyDown={dialog.onKeyDown} onFocus={dialog.onFocus} onBlur={dialog.onBlur} data-testid="item-panel">
      <div className="item-panel-head">
        <span className={`tag tag-${item.kind}`}>{t(item.kind === 'action' ? 'itemKind.action' : 'itemKind.problem')}</span>
        {row.light && <span className={`light light-${row.light}`} role="img" aria-label={t(`light.${row.light}`)} title={t(`light.${row.light}`)} />}
        <button type="button" className="close" onClick={dialog.close} aria-label={t('item.close')}>
          ×
        </button>
      </div>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {item.text}
      </h2>
      {item.detail && <p className="detail">{item.detail}</p>}
      {item.orphaned ? (
        <p className="notice">
          {t('item.orphanedNote')}{' '}
          <button type="button" className="small-button" onClick={() => void run(() => repo.restoreItem(item.id))}>
            {t('item.restore')}
          </button>
        </p>
      ) : null}
      <dl className="meta">
        <dt>{t('item.document')}</dt>
        <dd>{row.docTitle}</dd>
        {item.section.length > 0 && (
          <>
            <dt>{t('item.section')}</dt>
            <dd>{formatSection(item.section)}</dd>
          </>
        )}
        <dt>{t('item.quote')}</dt>
        <dd>
          <q>{item.anchor.exact}</q>
        </dd>
        {changedBy && (
          <>
            <dt>{t('sync.lastBy')}</dt>
            <dd data-testid="item-last-by">{changedBy}</dd>
          </>
        )}
      </dl>
      <p>
        <button type="button" className="small-button" onClick={() => void reveal()} data-testid="reveal">
          {t('item.reveal')}
        </button>
      </p>
      {message && (
        <p className="page-note" role="status" data-testid="item-message">
          {message}
        </p>
      )}

      <section>
        <h3>{t('item.status')}</h3>
        <div className="form-row">
          <select value={status} onChange={(e) => setStatus(e.target.value as Status)} {...drafts.focusProps('status')} aria-label={t('item.status')} data-testid="item-status">
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
          <input type="text" value={statusNote} placeholder={t('item.statusNote')} aria-label={t('item.statusNote')} onChange={(e) => setStatusNote(e.target.value)} data-testid="item-status-note" />
          <button
            type="button"
            className="primary-button"
            disabled={status === item.status && !statusNote.trim()}
            onClick={() =>
              void run(async () => {
                await repo.setStatus(item.id, status, { note: statusNote });
                setStatusNote('');
              })
            }
            data-testid="item-status-save"
          >
            {t('item.updateStatus')}
          </button>
        </div>
        {item.deadline?.recurrence && (
          <p className="form-row">
            <button
              type="button"
              className="small-button"
              title={row.due ? t('item.periodDue', { date: formatChineseDate(row.due) }) : undefined}
              onClick={() =>
                void run(async () => {
                  await repo.completePeriod(item.id, { note: statusNote });
                  setStatusNote('');
                })
              }
              data-testid="item-complete-period"
            >
              {t('item.completePeriod')}
            </button>
            {row.due && <span className="muted small"> {t('item.periodDue', { date: formatChineseDate(row.due) })}</span>}
          </p>
        )}
      </section>

      <section>
        <h3>
          {t('item.owners')} · {t('item.deadline')}
        </h3>
        <label>
          {t('item.lead')} {edited('lead') && <span className="tag tag-muted">{t('item.edited')}</span>}
          <input type="text" value={lead} onChange={(e) => setLead(e.target.value)} {...drafts.focusProps('lead')} placeholder={t('item.namesHint')} />
        </label>
        {edited('lead') && revert('lead')}
        <label>
          {t('item.owners')} {edited('owners') && <span className="tag tag-muted">{t('item.edited')}</span>}
          <input type="text" value={owners} onChange={(e) => setOwners(e.target.value)} {...drafts.focusProps('owners')} placeholder={t('item.namesHint')} data-testid="item-owners" />
        </label>
        {edited('owners') && revert('owners')}
        <label>
          {t('item.coop')} {edited('coop') && <span className="tag tag-muted">{t('item.edited')}</span>}
          <input type="text" value={coop} onChange={(e) => setCoop(e.target.value)} {...drafts.focusProps('coop')} placeholder={t('item.namesHint')} />
        </label>
        {edited('coop') && revert('coop')}
        <div className="form-row">
          <label>
            {t('item.deadlineText')} {edited('deadline') && <span className="tag tag-muted">{t('item.edited')}</span>}
            <input type="text" value={deadlineText} onChange={(e) => setDeadlineText(e.target.value)} {...drafts.focusProps('deadlineText')} data-testid="item-deadline" />
          </label>
          <label>
            {t('item.dueDate')}
            <input type="date" value={due} onChange={(e) => setDue(e.target.value)} {...drafts.focusProps('due')} data-testid="item-due" />
          </label>
        </div>
        {edited('deadline') && revert('deadline')}
        <button type="button" className="small-button" onClick={() => void saveEdits()} data-testid="item-save">
          {t('item.save')}
        </button>
      </section>

      <section>
        <h3>{t('item.log')}</h3>
        {notes.length === 0 ? (
          <p className="muted">{t('item.logEmpty')}</p>
        ) : (
          <ol className="log" data-testid="item-log">
            {notes.map((n) => (
              <li key={n.id} className={`log-${n.kind}`}>
                <time dateTime={n.date}>{day(n.date)}</time> {n.text}
                {n.kind === 'note' && n.progress !== null && <span className="tag tag-muted">{t('item.progress', { n: n.progress })}</span>}
              </li>
            ))}
          </ol>
        )}
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            const progress = noteProgress.trim() === '' ? null : Math.max(0, Math.min(100, Number(noteProgress)));
            void run(async () => {
              await repo.addNote(item.id, { text: noteText, date: noteDate || undefined, progress: Number.isFinite(progress) ? progress : null });
              setNoteText('');
              setNoteProgress('');
            });
          }}
        >
          <textarea value={noteText} onChange={(e) => setNoteText(e.target.value)} placeholder={t('item.noteText')} aria-label={t('item.noteText')} rows={2} data-testid="note-text" />
          <div className="form-row">
            <label>
              {t('item.noteDate')}
              <input type="date" value={noteDate} onChange={(e) => setNoteDate(e.target.value)} />
            </label>
            <label>
              {t('item.noteProgress')}
              <input type="number" min={0} max={100} value={noteProgress} onChange={(e) => setNoteProgress(e.target.value)} className="narrow" />
            </label>
            <button type="submit" className="primary-button" disabled={!noteText.trim()} data-testid="note-add">
              {t('item.addNote')}
            </button>
          </div>
        </form>
      </section>

      <footer>
        {item.deletedAt === null ? (
          <button type="button" className="link-button danger" onClick={() => void run(() => repo.deleteItem(item.id))}>
            {t('item.delete')}
          </button>
        ) : (
          <button type="button" className="small-button" onClick={() => void run(() => repo.restoreItem(item.id))}>
            {t('item.undelete')}
          </button>
        )}
      </footer>
    </section>
  );
}
