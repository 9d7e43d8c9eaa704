/**
 * 新增事项: the dashboard's form for an item the drafts missed, every column of the ledger — 事项内容, 类别,
 * 责任单位, 完成时限 (words resolved as they are typed: 年底前, 12月20日前, 每月25日前 with its next due day; or a
 * picked day), 办理状态, 进展情况 and 所属文稿. Checked by lib/dashboard/new-item.ts, whose problems it lists in the
 * page's language beside their fields; the add goes through `onAdd` (the repository's addItem, then the note).
 * A panel beside the table like the item panel: the focus moves into it, Tab goes round it, Esc or 取消 closes it
 * and the focus goes back to 新增事项.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { statuses } from '@/lib/checklist/status';
import { EMPTY_NEW_ITEM, MANUAL_KEY, newItemDeadline, newItemFromForm, type NewItemForm, type NewItemProblem } from '@/lib/dashboard/new-item';
import type { AddItemInput } from '@/lib/db/add-item';
import type { DocumentRecord, ItemKind, ItemRecord, Status } from '@/lib/schema/checklist';
import { useI18n } from '@/components/i18n';
import { keepTabInside } from './dialog-focus';
import './add-item.css';

export interface AddItemPanelProps {
  /** The checklists an item may join (the 手工登记事项 one is offered anyway). */
  documents: readonly Pick<DocumentRecord, 'id' | 'title' | 'referenceDate' | 'key'>[];
  /** Today (yyyy-mm-dd): deadline words resolve against it, or against the picked document's reference date. */
  today: string;
  /** Adds the item and its first progress note; resolves with the new item. */
  onAdd(input: AddItemInput, note: string | null): Promise<ItemRecord>;
  onAdded(item: ItemRecord): void;
  onClose(): void;
}

const KINDS: ItemKind[] = ['action', 'problem'];

export function AddItemPanel({ documents, today, onAdd, onAdded, onClose }: AddItemPanelProps) {
  const { t, day } = useI18n();
  const id = useId();
  const [form, setForm] = useState<NewItemForm>(EMPTY_NEW_ITEM);
  const [problems, setProblems] = useState<NewItemProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<Element | null>(null);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    first.current?.focus();
    return () => {
      const back = opener.current as HTMLElement | null;
      if (back?.isConnected) back.focus();
    };
  }, []);

  const doc = documents.find((d) => d.id === form.documentId);
  const referenceDate = doc?.referenceDate ?? today;
  const deadline = newItemDeadline(form, referenceDate);
  const set = <K extends keyof NewItemForm>(field: K, value: NewItemForm[K]) => {
    setForm((prev) => ({ ...prev, [field]: value }));
    // A problem goes once its field is changed; the others stay until the next try.
    setProblems((prev) => prev.filter((p) => p.field !== field && !(field === 'due' && p.field === 'deadline')));
    setFailed(null);
  };
  const problemOf = (field: keyof NewItemForm) => problems.find((p) => p.field === field);
  const fieldProps = (field: keyof NewItemForm) => {
    const p = problemOf(field);
    return p ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {};
  };
  const problemText = (p: NewItemProblem) => t(p.key, p.values);
  const error = (field: keyof NewItemForm) => {
    const p = problemOf(field);
    return p ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {problemText(p)}
      </p>
    ) : null;
  };

  const submit = () => {
    const result = newItemFromForm(form, referenceDate);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setBusy(true);
    onAdd(result.input, result.note).then(
      (item) => {
        setBusy(false);
        onAdded(item);
      },
      (e: unknown) => {
        setBusy(false);
        setFailed(e instanceof Error ? e.message : String(e));
      },
    );
  };

  return (
    <aside
      className="item-panel add-item-panel"
      role="dialog"
      aria-labelledby={`${id}-title`}
      data-testid="add-item"
      ref={panel}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        } else if (panel.current) {
          // Tab and Shift+Tab go round the form's controls, as in the item panel.
          keepTabInside(panel.current, e);
        }
      }}
    >
      {/* nb. Not a <header>: inside a dialog it would be a second banner landmark beside the page's. */}
      <div className="add-item-head">
        <h2 id={`${id}-title`}>{t('add.title')}</h2>
        <button type="button" className="close" aria-label={t('add.cancel')} onClick={onClose}>
          ×
        </button>
      </div>
      <form
        className="add-item-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {problems.length > 0 && (
          <div className="form-problems" role="alert" data-testid="add-problems">
            <p>{t('add.problems')}</p>
            <ul>
              {problems.map((p) => (
                <li key={p.field}>{problemText(p)}</li>
              ))}
            </ul>
          </div>
        )}
        <label htmlFor={`${id}-text`}>{t('add.text')}</label>
        <textarea id={`${id}-text`} ref={first} rows={3} value={form.text} placeholder={t('add.textHint')} onChange={(e) => set('text', e.target.value)} data-testid="add-text" {...fieldProps('text')} />
        {error('text')}

        <div className="form-row">
          <div>
            <label htmlFor={`${id}-kind`}>{t('add.kind')}</label>
            <select id={`${id}-kind`} value={form.kind} onChange={(e) => set('kind', e.target.value as ItemKind)} data-testid="add-kind">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`itemKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-status`}>{t('add.status')}</label>
            <select id={`${id}-status`} value={form.status} onChange={(e) => set('status', e.target.value as Status)} data-testid="add-status">
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <label htmlFor={`${id}-owners`}>{t('add.owners')}</label>
        <input id={`${id}-owners`} value={form.owners} placeholder={t('add.ownersHint')} onChange={(e) => set('owners', e.target.value)} data-testid="add-owners" {...fieldProps('owners')} />
        {error('owners')}

        <div className="form-row">
          <div>
            <label htmlFor={`${id}-deadline`}>{t('add.deadline')}</label>
            <input id={`${id}-deadline`} value={form.deadline} placeholder={t('add.deadlineHint')} onChange={(e) => set('deadline', e.target.value)} data-testid="add-deadline" {...fieldProps('deadline')} />
          </div>
          <div>
            <label htmlFor={`${id}-due`}>{t('add.due')}</label>
            <input id={`${id}-due`} type="date" value={form.due} onChange={(e) => set('due', e.target.value)} data-testid="add-due" />
          </div>
        </div>
        {error('deadline')}
        {deadline && !problemOf('deadline') && (
          <p className="muted small" data-testid="add-resolved">
            {deadline.due ? t(deadline.recurrence ? 'add.recurring' : 'add.resolved', { date: day(deadline.due) }) : t('add.noDay')}
          </p>
        )}

        <label htmlFor={`${id}-document`}>{t('add.document')}</label>
        <select id={`${id}-document`} value={form.documentId} onChange={(e) => set('documentId', e.target.value)} data-testid="add-document">
          <option value="">{t('add.manual')}</option>
          {documents
            .filter((d) => d.key !== MANUAL_KEY)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
        </select>

        <label htmlFor={`${id}-note`}>{t('add.note')}</label>
        <textarea id={`${id}-note`} className="note" rows={2} value={form.note} placeholder={t('add.noteHint')} onChange={(e) => set('note', e.target.value)} data-testid="add-note" {...fieldProps('note')} />
        {error('note')}

        {failed && (
          <p className="page-error" role="alert">
            {t('add.failed', { message: failed })}
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="primary-button" disabled={busy} data-testid="add-submit">
            {busy ? t('add.adding') : t('add.submit')}
          </button>
          <button type="button" className="small-button" onClick={onClose}>
            {t('add.cancel')}
          </button>
        </div>
      </form>
    </aside>
  );
}
