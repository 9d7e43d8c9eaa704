/**
 * The options page's 督办单 fieldset: the 督办编号 rule with a preview of the next number, the year's next sequence
 * number (an office continuing its own register; stored at once in the register, never onto an issued number), the
 * 反馈时限 rule, and the 落款, 联系人 and 电话 the printed 督办单 and the Word 督办通知单 carry. The values are the
 * settings' `supervision` (saved with the page's other settings); `supervisionErrors` tells the page what to refuse.
 */
import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { MessageKey, Values } from '@/lib/i18n/index';
import { FEEDBACK_DAYS_MAX, FEEDBACK_WORKDAYS_DEFAULT, FEEDBACK_WORKDAYS_MAX, numberPatternSchema, phoneSchema, SUPERVISION_LIMITS, type SupervisionSettings } from '@/lib/schema/settings';
import { formatNumber, nextNumber, type SupervisionNumbers } from '@/lib/settings/supervision-numbers';
import './supervision-fieldset.css';
import { useSupervisionRegister } from '../use-supervision-register';

type Field = 'numberPattern' | 'days' | 'workdays' | 'day' | 'office' | 'contact' | 'phone';
export type SupervisionErrors = Partial<Record<Field, { key: MessageKey; values?: Values }>>;

const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** What is wrong with `value`, field by field (empty when it can be saved as it is). */
export function supervisionErrors(value: SupervisionSettings): SupervisionErrors {
  const errors: SupervisionErrors = {};
  const pattern = numberPatternSchema.safeParse(value.numberPattern);
  if (!pattern.success) errors.numberPattern = { key: `supervision.err.${pattern.error.issues[0]!.message}` as MessageKey };
  if (value.feedback.mode === 'days' && !inRange(value.feedback.days, 1, FEEDBACK_DAYS_MAX)) errors.days = { key: 'supervision.err.range', values: { min: 1, max: FEEDBACK_DAYS_MAX } };
  if (value.feedback.mode === 'workdays' && !inRange(value.feedback.workdays ?? FEEDBACK_WORKDAYS_DEFAULT, 1, FEEDBACK_WORKDAYS_MAX)) errors.workdays = { key: 'supervision.err.range', values: { min: 1, max: FEEDBACK_WORKDAYS_MAX } };
  if (value.feedback.mode === 'monthly' && !inRange(value.feedback.day, 1, 31)) errors.day = { key: 'supervision.err.range', values: { min: 1, max: 31 } };
  for (const field of ['office', 'contact'] as const) if (value[field].trim().length > SUPERVISION_LIMITS[field]) errors[field] = { key: 'supervision.err.long', values: { max: SUPERVISION_LIMITS[field] } };
  if (!phoneSchema.safeParse(value.phone).success) errors.phone = value.phone.trim().length > SUPERVISION_LIMITS.phone ? { key: 'supervision.err.long', values: { max: SUPERVISION_LIMITS.phone } } : { key: 'supervision.err.phone' };
  return errors;
}

export function SupervisionFieldset({ value, onChange, numbers, today }: { value: SupervisionSettings; onChange(value: SupervisionSettings): void; numbers: SupervisionNumbers; today: string }) {
  const { t } = useI18n();
  const id = useId();
  const year = Number(today.slice(0, 4));
  const [register, setRegister] = useSupervisionRegister(numbers);
  const [next, setNext] = useState('');
  const [nextMessage, setNextMessage] = useState<string | null>(null);
  const errors = supervisionErrors(value);
  const set = (patch: Partial<SupervisionSettings>) => onChange({ ...value, ...patch });
  const setFeedback = (patch: Partial<SupervisionSettings['feedback']>) => onChange({ ...value, feedback: { ...value.feedback, ...patch } });
  const upcoming = register ? nextNumber(register, year) : null;
  const error = (field: Field) =>
    errors[field] ? (
      <span className="page-error field-error" id={`${id}-${field}-error`} role="alert">
        {t(errors[field].key, errors[field].values)}
      </span>
    ) : null;
  const described = (field: Field) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {});

  const storeNext = async () => {
    setNextMessage(null);
    const n = Number(next);
    if (!inRange(n, 1, 999_999)) {
      setNextMessage(t('supervision.err.range', { min: 1, max: 999_999 }));
      return;
    }
    try {
      const stored = await numbers.setNext(year, n);
      setRegister(stored);
      setNext('');
      setNextMessage(t('supervision.opt.nextSaved', { number: formatNumber(value.numberPattern, year, nextNumber(stored, year)) }));
    } catch (e) {
      if (e instanceof RangeError && register) setNextMessage(t('supervision.opt.nextTaken', { number: formatNumber(value.numberPattern, year, nextNumber(register, year) - 1) }));
      else setNextMessage(t('error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <fieldset className="card supervision-fieldset" data-testid="supervision-fieldset">
      <legend>{t('supervision.opt.legend')}</legend>
      <p className="page-note">{t('supervision.opt.note')}</p>
      <div className="form-row">
        <label>
          {t('supervision.opt.pattern')}
          <input type="text" value={value.numberPattern} onChange={(e) => set({ numberPattern: e.target.value })} maxLength={60} data-testid="sv-pattern" {...described('numberPattern')} />
          {error('numberPattern')}
        </label>
      </div>
      <p className="page-note">{t('supervision.opt.patternNote')}</p>
      {!errors.numberPattern && upcoming !== null && (
        <p className="sv-preview" data-testid="sv-preview" aria-live="polite">
          {t('supervision.opt.preview', { number: formatNumber(value.numberPattern, year, upcoming) })}
        </p>
      )}
      <div className="form-row sv-next-row">
        <label>
          {t('supervision.opt.next')}
          <input type="number" min={1} value={next} placeholder={upcoming === null ? '' : String(upcoming)} onChange={(e) => setNext(e.target.value)} data-testid="sv-next" />
        </label>
        <button type="button" className="small-button" onClick={() => void storeNext()} data-testid="sv-next-set">
          {t('supervision.opt.nextSet')}
        </button>
      </div>
      {nextMessage && (
        <p className="page-note" role="status" data-testid="sv-next-message">
          {nextMessage}
        </p>
      )}

      <fieldset className="sv-feedback">
        <legend>{t('supervision.opt.feedback')}</legend>
        <label className="check">
          <input type="radio" name={`${id}-feedback`} checked={value.feedback.mode === 'days'} onChange={() => setFeedback({ mode: 'days' })} data-testid="sv-feedback-days" /> {t('supervision.opt.feedbackDays')}
          <input type="number" min={1} max={FEEDBACK_DAYS_MAX} value={Number.isNaN(value.feedback.days) ? '' : value.feedback.days} disabled={value.feedback.mode !== 'days'} aria-label={t('supervision.opt.days')} onChange={(e) => setFeedback({ days: e.target.value === '' ? Number.NaN : Number(e.target.value) })} data-testid="sv-days" {...described('days')} />
        </label>
        {error('days')}
        <label className="check">
          <input type="radio" name={`${id}-feedback`} checked={value.feedback.mode === 'workdays'} onChange={() => setFeedback({ mode: 'workdays' })} data-testid="sv-feedback-workdays" /> {t('supervision.opt.feedbackWorkdays')}
          <input
            type="number"
            min={1}
            max={FEEDBACK_WORKDAYS_MAX}
            value={Number.isNaN(value.feedback.workdays) ? '' : (value.feedback.workdays ?? FEEDBACK_WORKDAYS_DEFAULT)}
            disabled={value.feedback.mode !== 'workdays'}
            aria-label={t('supervision.opt.workdays')}
            onChange={(e) => setFeedback({ workdays: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            data-testid="sv-workdays"
            {...(errors.workdays ? described('workdays') : value.feedback.mode === 'workdays' ? { 'aria-describedby': `${id}-workdays-note` } : {})}
          />
        </label>
        {error('workdays')}
        {value.feedback.mode === 'workdays' && (
          <p className="page-note" id={`${id}-workdays-note`} data-testid="sv-workdays-note">
            {t('supervision.opt.workdaysNote')}
          </p>
        )}
        <label className="check">
          <input type="radio" name={`${id}-feedback`} checked={value.feedback.mode === 'monthly'} onChange={() => setFeedback({ mode: 'monthly' })} data-testid="sv-feedback-monthly" /> {t('supervision.opt.feedbackMonthly')}
          <input type="number" min={1} max={31} value={Number.isNaN(value.feedback.day) ? '' : value.feedback.day} disabled={value.feedback.mode !== 'monthly'} aria-label={t('supervision.opt.day')} onChange={(e) => setFeedback({ day: e.target.value === '' ? Number.NaN : Number(e.target.value) })} data-testid="sv-day" {...described('day')} />
        </label>
        {error('day')}
        <label className="check">
          <input type="radio" name={`${id}-feedback`} checked={value.feedback.mode === 'none'} onChange={() => setFeedback({ mode: 'none' })} data-testid="sv-feedback-none" /> {t('supervision.opt.feedbackNone')}
        </label>
      </fieldset>

      <div className="form-row">
        <label>
          {t('supervision.opt.office')}
          <input type="text" value={value.office} placeholder={t('supervision.opt.officePlaceholder')} onChange={(e) => set({ office: e.target.value })} data-testid="sv-office" {...described('office')} />
          {error('office')}
        </label>
        <label>
          {t('supervision.opt.contact')}
          <input type="text" value={value.contact} onChange={(e) => set({ contact: e.target.value })} data-testid="sv-contact" {...described('contact')} />
          {error('contact')}
        </label>
        <label>
          {t('supervision.opt.phone')}
          <input type="tel" value={value.phone} onChange={(e) => set({ phone: e.target.value })} data-testid="sv-phone" {...described('phone')} />
          {error('phone')}
        </label>
      </div>
    </fieldset>
  );
}
