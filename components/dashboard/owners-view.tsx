/** 按责任单位: each owner's items, done and overdue counts and completion rate, with links to its items and its 督办单. */
import { COLLECTIVE_OWNER, NO_OWNER, type Completion } from '@/lib/dashboard/model';
import { useI18n } from '@/components/i18n';

export function OwnersView({ data, onShow, onPrint }: { data: Completion[]; onShow(owner: string): void; onPrint(owner?: string): void }) {
  const { t } = useI18n();
  return (
    <section className="owners" data-testid="owners-view">
      <div className="section-head">
        <h2>{t('owners.title')}</h2>
        <button type="button" className="small-button" onClick={() => onPrint()} data-testid="print-all">
          {t('owners.printAll')}
        </button>
      </div>
      <table className="plain">
        <thead>
          <tr>
            <th>{t('filter.owner')}</th>
            <th className="num">{t('owners.total')}</th>
            <th className="num">{t('owners.finished')}</th>
            <th className="num">{t('owners.overdue')}</th>
            <th className="num">{t('owners.rate')}</th>
            <th>
              <span className="visually-hidden">{t('owners.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td className="num">{d.total}</td>
              <td className="num">{d.finished}</td>
              <td className={`num${d.overdue ? ' over' : ''}`}>{d.overdue}</td>
              <td className="num">{d.total ? Math.round((d.finished / d.total) * 100) : 0}%</td>
              <td className="actions">
                {/* 「未明确」: the items that still need an owner; there is nobody to print a 督办单 for. */}
                <button type="button" className="link-button" onClick={() => onShow(d.key || NO_OWNER)}>
                  {t('owners.show')}
                </button>
                {/* 各单位（泛指）: every unit of a kind, no one unit to send a 督办单 to. */}
                {d.key && d.key !== COLLECTIVE_OWNER && (
                  <button type="button" className="link-button" onClick={() => onPrint(d.key)}>
                    {t('owners.print')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
