/**
 * One 落实事项 in the side panel: its directive (click to reveal it in the editor), owners with 牵头/配合, deadline
 * as written with the resolved day, section path and strength. Owners and deadline can be corrected inline before
 * saving (not in read-only mode); the correction is reported up as an ActionEdit and shown with an 「已修改」 mark.
 * 修改 moves the focus into the form's first field; 完成, 撤销 or Esc closes it and gives the focus back to 修改.
 */
import { useEffect, useRef, useState } from 'react';
import { deadlineFromForm, formatOwnersInput, parseOwnersInput, resolveDeadlineInput } from '@/lib/edits/index';
import type { ActionEdit } from '@/lib/panel/edits';
import type { ActionEntry } from '@/lib/panel/view-model';
import { useI18n } from '../i18n';
import { Entry, type RevealProps } from './entry';
import { PartMark, SkipControl, SplitButton, type ItemChoices } from './item-choices';

export interface ActionItemProps extends RevealProps {
  /** The entry with the edit already applied (what will be saved). */
  action: ActionEntry;
  index: number;
  edited: boolean;
  /** The draft's reference date, which a typed deadline resolves against. */
  referenceDate: string;
  /** A new edit for this action, or undefined to drop it; without it the action cannot be corrected (read-only). */
  onEdit?(edit: ActionEdit | undefined): void;
  /** 不入台账 and 拆分 before saving; absent in read-only mode. */
  choices?: ItemChoices;
}

export function ActionItem({ action, index, edited, referenceDate, onReveal, revealTitle, onEdit, choices }: ActionItemProps) {
  const { t, day } = useI18n();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // The form replaces the facts and their 修改 button: when it closes, the focus goes back to that button.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const deadline = action.deadline;
  const skipped = !!choices?.skipOf('action', action.start, action.end);
  const part = choices?.partOf(action.key);
  return (
    <li className={`action-item${action.core ? ' core' : ''}${edited ? ' edited' : ''}${skipped ? ' skipped' : ''}${part ? ' split-part' : ''}`}>
      <Entry span={action} onReveal={onReveal} revealTitle={revealTitle} className="action-text">
        <span className="ordinal">{index + 1}</span>
        {action.text}
      </Entry>
      {editing && onEdit ? (
        <ActionEditor action={action} referenceDate={referenceDate} onEdit={onEdit} onDone={() => setEditing(false)} />
      ) : (
        <dl className="facts">
          <dt>{t('action.owners')}</dt>
          <dd className={action.ownersText ? undefined : 'unstated'}>{action.ownersText || t('unstated')}</dd>
          <dt>{t('action.deadline')}</dt>
          <dd className={deadline ? undefined : 'unstated'}>
            {deadline ? deadline.text : t('unstated')}
            {deadline?.due && <span className="due">{day(deadline.due)}</span>}
          </dd>
          {action.section && (
            <>
              <dt>{t('action.section')}</dt>
              <dd className="section-path" title={action.section}>
                {action.sectionShort}
              </dd>
            </>
          )}
          {action.scope && (
            <>
              <dt>{t('action.scope')}</dt>
              <dd>{action.scope}</dd>
            </>
          )}
          <dt>{t('action.strength')}</dt>
          <dd>
            <span className={`strength strength-${action.strength}`}>{t(`strength.${action.strength}`)}</span>
            {edited && <span className="edited-mark">{t('action.edited')}</span>}
            {onEdit && !skipped && (
              <button ref={editButton} type="button" className="small-button" onClick={() => setEditing(true)}>
                {t('action.edit')}
              </button>
            )}
          </dd>
        </dl>
      )}
      {choices && !editing && (
        <div className="item-choices">
          {part && <PartMark part={part} onUnsplit={choices.onUnsplit} />}
          <SkipControl choices={choices} kind="action" start={action.start} end={action.end} words={action.text} />
          {!skipped && !part && <SplitButton choices={choices} actionKey={action.key} start={action.start} end={action.end} />}
        </div>
      )}
    </li>
  );
}

interface ActionEditorProps {
  action: ActionEntry;
  referenceDate: string;
  onEdit(edit: ActionEdit | undefined): void;
  onDone(): void;
}

/** The inline form: owners as 「单位（牵头）、单位（配合）」, deadline words, and the due day (resolved, or chosen). */
function ActionEditor({ action, referenceDate, onEdit, onDone }: ActionEditorProps) {
  const { t, day } = useI18n();
  const [owners, setOwners] = useState(() => formatOwnersInput(action));
  const [deadlineText, setDeadlineText] = useState(action.deadline?.text ?? '');
  const [due, setDue] = useState(action.deadline?.due ?? '');
  // Only what was touched is corrected: changing the owners leaves the draft's deadline as it is, and back.
  const [touched, setTouched] = useState({ owners: false, deadline: false });
  const id = `edit-${action.start}`;
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const commit = (nextOwners: string, nextText: string, nextDue: string, field: 'owners' | 'deadline') => {
    const now = { ...touched, [field]: true };
    setTouched(now);
    const edit: ActionEdit = {};
    if (now.owners) edit.owners = parseOwnersInput(nextOwners);
    // nb. Without words the day is not editable here (the input is disabled): blank words clear the deadline.
    if (now.deadline) edit.deadline = nextText.trim() ? deadlineFromForm(nextText, nextDue, referenceDate) : null;
    onEdit(edit);
  };

  return (
    <div
      className="action-editor"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onDone();
      }}
    >
      <label htmlFor={`${id}-owners`}>{t('action.owners')}</label>
      <input
        ref={first}
        id={`${id}-owners`}
        value={owners}
        placeholder={t('action.ownersHint')}
        onChange={(e) => {
          setOwners(e.target.value);
          commit(e.target.value, deadlineText, due, 'owners');
        }}
      />
      <label htmlFor={`${id}-deadline`}>{t('action.deadline')}</label>
      <input
        id={`${id}-deadline`}
        value={deadlineText}
        placeholder={t('action.deadlineHint')}
        onChange={(e) => {
          const resolved = resolveDeadlineInput(e.target.value, referenceDate);
          setDeadlineText(e.target.value);
          setDue(resolved?.due ?? '');
          commit(owners, e.target.value, resolved?.due ?? '', 'deadline');
        }}
      />
      <label htmlFor={`${id}-due`}>{t('action.due')}</label>
      <div className="due-row">
        <input
          id={`${id}-due`}
          type="date"
          value={due}
          disabled={!deadlineText.trim()}
          onChange={(e) => {
            setDue(e.target.value);
            commit(owners, deadlineText, e.target.value, 'deadline');
          }}
        />
        <span className="muted small">{due ? day(due) : deadlineText.trim() ? t('action.dueUnresolved') : ''}</span>
      </div>
      <div className="editor-buttons">
        <button type="button" className="small-button" onClick={onDone}>
          {t('action.editDone')}
        </button>
        <button
          type="button"
          className="small-button"
          onClick={() => {
            onEdit(undefined);
            onDone();
          }}
        >
          {t('action.editUndo')}
        </button>
      </div>
    </div>
  );
}
