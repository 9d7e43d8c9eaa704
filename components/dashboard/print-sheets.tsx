/**
 * 督办单, one per owner, for printing: title, owner, date and count, the owner's open items (red first) with their
 * source, deadline, status and light, the request to report back, and lines for seal and signature. On screen a
 * toolbar offers 打印 and 返回; the print stylesheet hides it and starts each sheet on a new page.
 */
import { sourcePosition } from '@/lib/checklist/ledger-rows';
import type { OwnerSheet } from '@/lib/dashboard/model';
import { useI18n } from '@/components/i18n';

export function PrintSheets({ sheets, today, onBack }: { sheets: OwnerSheet[]; today: string; onBack(): void }) {
  const { t, day } = useI18n();
  return (
    <main className="print-view" data-testid="print-view">
      <div className="print-toolbar no-print">
        <button type="button" className="primary-button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <button type="button" className="small-button" onClick={onBack}>
          {t('print.back')}
        </button>
      </div>
      {sheets.length === 0 && <p className="muted">{t('print.none')}</p>}
      {sheets.map((s) => (
        <article className="sheet" key={s.owner} data-owner={s.owner}>
          <h1>{t('print.title')}</h1>
          <dl className="sheet-meta">
            <div>
              <dt>{t('print.owner')}</dt>
              <dd>{s.owner}</dd>
            </div>
            <div>
              <dt>{t('print.date')}</dt>
              <dd>{day(today)}</dd>
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
                  <td className="due">{r.item.due ? day(r.item.due) : (r.item.deadline?.text ?? '')}</td>
                  <td className="st">{t(`status.${r.item.status}`)}</td>
                  <td className="lt">{r.light ? t(`light.${r.light}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="sheet-reply">{t('print.reply')}</p>
          <div className="sheet-sign">
            <span>{t('print.issuer')}</span>
            <span>{t('print.receiver')}</span>
            <span>{t('print.receivedAt')}</span>
          </div>
        </article>
      ))}
    </main>
  );
}
