/**
 * Completion charts in plain SVG (no chart library): one horizontal bar per owner or document, split into done
 * (green), open (blue) and overdue (red), with the figure 「已完成/总数（完成率）」 written beside it so the chart
 * reads at a glance and in print. Owners beyond `limit` are summed up in one line.
 */
import type { Completion } from '@/lib/dashboard/model';
import { useI18n } from '@/components/i18n';

const BAR_H = 22;
const GAP = 10;
const LABEL_W = 170;
const BAR_W = 420;
const VALUE_W = 130;

/** One chart of completions. */
export function CompletionChart({ title, data, limit = 15, testId }: { title: string; data: Completion[]; limit?: number; testId?: string }) {
  const { t } = useI18n();
  const shown = data.slice(0, limit);
  const max = Math.max(1, ...shown.map((d) => d.total));
  const height = shown.length * (BAR_H + GAP) + GAP;
  const width = LABEL_W + BAR_W + VALUE_W;
  const cut = (s: string) => (s.length > 11 ? `${s.slice(0, 10)}…` : s);
  return (
    // nb. Focusable, so that the keyboard can scroll the page to the chart (the view has no other control).
    <figure className="chart" data-testid={testId} tabIndex={0}>
      <figcaption>{title}</figcaption>
      {shown.length === 0 ? (
        <p className="muted">{t('charts.empty')}</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} role="img" aria-label={title}>
          {shown.map((d, i) => {
            const y = GAP + i * (BAR_H + GAP);
            const scale = BAR_W / max;
            const wDone = d.finished * scale;
            const wOpen = d.open * scale;
            const wOver = d.overdue * scale;
            const rate = d.total ? Math.round((d.finished / d.total) * 100) : 0;
            return (
              <g key={d.key} className="bar">
                <title>{`${d.label}：${t('charts.value', { finished: d.finished, total: d.total, rate })}，${t('charts.overdue')} ${d.overdue}`}</title>
                <text x={LABEL_W - 8} y={y + BAR_H / 2} textAnchor="end" dominantBaseline="central" className="chart-label">
                  {cut(d.label)}
                </text>
                <rect x={LABEL_W} y={y} width={BAR_W} height={BAR_H} className="track" rx={3} />
                <rect x={LABEL_W} y={y} width={wDone} height={BAR_H} className="seg-done" rx={3} />
                <rect x={LABEL_W + wDone} y={y} width={wOpen} height={BAR_H} className="seg-open" />
                <rect x={LABEL_W + wDone + wOpen} y={y} width={wOver} height={BAR_H} className="seg-over" />
                <text x={LABEL_W + BAR_W + 8} y={y + BAR_H / 2} dominantBaseline="central" className="chart-value">
                  {t('charts.value', { finished: d.finished, total: d.total, rate })}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {data.length > limit && <p className="muted">{t('charts.more', { n: data.length - limit })}</p>}
    </figure>
  );
}

/** The legend shared by the charts. */
export function ChartLegend() {
  const { t } = useI18n();
  return (
    <p className="legend">
      <span className="key seg-done" /> {t('charts.finished')} <span className="key seg-open" /> {t('charts.open')} <span className="key seg-over" /> {t('charts.overdue')}
    </p>
  );
}
