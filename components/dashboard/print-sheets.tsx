/**
 * 督办单, one per owner, for printing: title, 督办编号, owner, date and count, the owner's open items (red first)
 * with their source, deadline, status and light, the request to report back with its 反馈时限, the contact line,
 * and lines for seal and signature. On screen a toolbar offers 打印, 导出 Word 督办通知单 (every sheet shown in one
 * .docx, each owner on its own pages numbered from 1) and 返回, and each sheet its own Word export; the print
 * stylesheet hides them and starts each sheet on a new page.
 *
 * 督办编号 (lib/settings/supervision-numbers.ts): a sheet shows the number it was issued with, or that it will get one
 * when printed or exported — 打印 and the Word exports number the sheets first (a reprint of the same sheet keeps its
 * number), so what is on paper is in the register. The words of the number, report-back and contact lines come from
 * the same `Notice` the .docx is written from (lib/export/docx-notice.ts).
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { sourcePosition } from '@/lib/checklist/ledger-rows';
import type { OwnerSheet } from '@/lib/dashboard/model';
import { noticeOf } from '@/lib/export/docx-notice';
import type { SupervisionSettings } from '@/lib/schema/settings';
import { issuedFor, type IssuedSheet, type SupervisionNumbers } from '@/lib/settings/supervision-numbers';
import { useI18n } from '@/components/i18n';
import { download, fileNameOf } from './import-export';
import { useSupervisionRegister } from '../use-supervision-register';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const toNumber = (s: OwnerSheet) => ({ owner: s.owner, itemIds: s.rows.map((r) => r.item.id) });

export function PrintSheets({
  sheets,
  today,
  onBack,
  supervision,
  numbers,
  save = download,
}: {
  sheets: OwnerSheet[];
  today: string;
  onBack(): void;
  supervision: SupervisionSettings;
  numbers: SupervisionNumbers;
  /** Hands a written file to the user (a download; tests take the bytes). */
  save?(name: string, data: Uint8Array, type: string): void;
}) {
  const { t, day, locale } = useI18n();
  const [register, setRegister] = useSupervisionRegister(numbers);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Numbers `list` (kept numbers stay) and shows the register as stored, before anything is printed or written. */
  const issue = async (list: OwnerSheet[]): Promise<IssuedSheet[]> => {
    const issued = await numbers.issue(list.map(toNumber), supervision.numberPattern, today);
    const stored = await numbers.read();
    flushSync(() => setRegister(stored));
    return issued;
  };

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setStatus(null);
    try {
      await task();
    } catch (e) {
      setStatus(t('supervision.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const print = () =>
    run(async () => {
      await issue(sheets);
      window.print();
    });

  const exportDocx = (list: OwnerSheet[]) =>
    run(async () => {
      setStatus(t('supervision.exporting'));
      const issued = await issue(list);
      const notices = list.map((s, i) => noticeOf(s, issued[i]!, supervision, { today, locale }));
      // The docx package is large: loaded only when someone exports.
      const { noticesDocx } = await import('@/lib/export/docx');
      const bytes = await noticesDocx(notices);
      const base = t('supervision.fileName');
      const name = `${fileNameOf(list.length === 1 ? `${base}-${issued[0]!.number}-${list[0]!.owner}` : `${base}-${today}`)}.docx`;
      save(name, bytes, DOCX_TYPE);
      setStatus(t('supervision.exported', { file: name }));
    });

  return (
    <main className="print-view" data-testid="print-view">
      <div className="print-toolbar no-print">
        <button type="button" className="primary-button" onClick={() => void print()} disabled={busy || sheets.length === 0} data-testid="print-button">
          {t('print.print')}
        </button>
        <button type="button" className="small-button" onClick={() => void exportDocx(sheets)} disabled={busy || sheets.length === 0} data-testid="export-docx">
          {t('supervision.exportDocx')}
        </button>
        <button type="button" className="small-button" onClick={onBack}>
          {t('print.back')}
        </button>
        {status && (
          <span className="page-note" role="status" data-testid="print-status">
            {status}
          </span>
        )}
      </div>
      {sheets.length > 1 && <p className="page-note no-print">{t('supervision.allNote')}</p>}
      {sheets.length === 0 && <p className="muted">{t('print.none')}</p>}
      {sheets.map((s) => {
        const issued = register ? issuedFor(register, toNumber(s)) : null;
        const notice = noticeOf(s, issued, supervision, { today, locale });
        return (
          <article className="sheet" key={s.owner} data-owner={s.owner} data-number={notice.number ?? ''}>
            <div className="sheet-tools no-print">
              <button type="button" className="link-button" onClick={() => void exportDocx([s])} disabled={busy} data-testid="export-docx-one">
                {t('supervision.exportOne')}
              </button>
            </div>
            <h1>{t('print.title')}</h1>
            <dl className="sheet-meta">
              <div>
                <dt>{t('supervision.number')}</dt>
                <dd className={notice.number ? 'sheet-number' : 'sheet-number pending'} data-testid="sheet-number">
                  {notice.number ?? t('supervision.pending')}
                </dd>
              </div>
              <div>
                <dt>{t('print.owner')}</dt>
                <dd>{s.owner}</dd>
              </div>
              <div>
                <dt>{t('print.date')}</dt>
                <dd>{day(notice.issuedOn)}</dd>
              </div>
              <div>
                <dt>{t('print.count')}</dt>
                <dd>{s.rows.length}</dd>
              </div>
            </dl>
            <table className="sheet-table">
              <thead>
                <tr>
                  <th className="no">{t('print.no')}</th>
                  <th>{t('print.text')}</th>
                  <th className="src">{t('print.source')}</th>
                  <th className="due">{t('print.due')}</th>
                  <th className="st">{t('print.status')}</th>
                  <th className="lt">{t('print.light')}</th>
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r, i) => (
                  <tr key={r.item.id}>
                    <td className="no">{i + 1}</td>
                    <td>{r.item.text}</td>
                    <td className="src">
                      {r.docTitle}
                      <br />
                      <small>{sourcePosition(r.item)}</small>
                    </td>
                    <td className="due">{notice.items[i]!.due}</td>
                    <td className="st">{t(`status.${r.item.status}`)}</td>
                    <td className="lt">{r.light ? t(`light.${r.light}`) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="sheet-reply">{notice.paragraphs[1]}</p>
            {notice.feedbackLine && (
              <p className="sheet-line" data-testid="sheet-feedback">
                {notice.feedbackLine}
              </p>
            )}
            {notice.contactLine && (
              <p className="sheet-line" data-testid="sheet-contact">
                {notice.contactLine}
              </p>
            )}
            <div className="sheet-sign">
              <span>
                {t('print.issuer')}
                {supervision.office}
              </span>
              <span>{t('print.receiver')}</span>
              <span>{t('print.receivedAt')}</span>
            </div>
          </article>
        );
      })}
    </main>
  );
}
