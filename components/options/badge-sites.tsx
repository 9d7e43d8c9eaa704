/**
 * The options page's 页面徽标 section: the sites where the on-page badge was hidden or docked elsewhere
 * (lib/settings/badge-places.ts), each with 显示徽标 (hidden ones) and 放回右下角 (moved ones). The places and the
 * change come as props (entrypoints/options/use-options.ts stores them through `badgePlacesItem`).
 */
import { useI18n } from '@/components/i18n';
import type { BadgePlace, BadgePlaces } from '@/lib/settings/badge-places';

export function BadgeSites({ places, onChange }: { places: BadgePlaces; onChange(origin: string, patch: Partial<BadgePlace>): void }) {
  const { t } = useI18n();
  const origins = Object.keys(places).sort();
  return (
    <section className="card" aria-labelledby="badge-sites">
      <h2 id="badge-sites">{t('opt.badges')}</h2>
      <p className="page-note">{t('opt.badgesNote')}</p>
      {origins.length === 0 ? (
        <p className="muted">{t('opt.badgesEmpty')}</p>
      ) : (
        <ul className="sites" data-testid="badge-sites">
          {origins.map((origin) => {
            const place = places[origin]!;
            return (
              <li key={origin}>
                <code>{origin}</code> <span className="muted">{[place.hidden && t('opt.badgeHidden'), place.dock && t('opt.badgeDocked')].filter(Boolean).join(' · ')}</span>{' '}
                {place.hidden && (
                  <button type="button" className="link-button" onClick={() => onChange(origin, { hidden: false })}>
                    {t('opt.badgeShow')}
                  </button>
                )}{' '}
                {place.dock && (
                  <button type="button" className="link-button" onClick={() => onChange(origin, { dock: null })}>
                    {t('opt.badgeReset')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
