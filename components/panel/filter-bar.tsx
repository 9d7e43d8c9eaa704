/** The panel's filters: one toggle per kind of entry, with its count, and a text box. */
import type { PanelFilter } from '@/lib/panel/filters';
import type { EntryKind } from '@/lib/panel/view-model';
import { useI18n } from '../i18n';

const ORDER: readonly EntryKind[] = ['problem', 'action', 'finding', 'outline'];

export interface FilterBarProps {
  filter: PanelFilter;
  counts: Record<EntryKind, number>;
  onChange(filter: PanelFilter): void;
}

export function FilterBar({ filter, counts, onChange }: FilterBarProps) {
  const { t } = useI18n();
  const toggle = (kind: EntryKind) => {
    const kinds = new Set(filter.kinds);
    if (kinds.has(kind)) kinds.delete(kind);
    else kinds.add(kind);
    onChange({ ...filter, kinds });
  };
  return (
    <div className="filter-bar" role="search">
      <div className="kind-toggles" role="group" aria-label={t('filter.label')}>
        {ORDER.map((kind) => (
          <button key={kind} type="button" className={`kind-toggle kind-${kind}`} aria-pressed={filter.kinds.has(kind)} onClick={() => toggle(kind)}>
            {t(`filter.${kind}`)} <span className="count">{counts[kind]}</span>
          </button>
        ))}
      </div>
      <input type="search" className="filter-text" value={filter.query} placeholder={t('filter.text')} aria-label={t('filter.text')} onChange={(e) => onChange({ ...filter, query: e.target.value })} />
    </div>
  );
}
