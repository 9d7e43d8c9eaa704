/**
 * Transitional: the dashboard's and options page's words are now in lib/i18n (areas `dashboard`, `options`,
 * `common`) and the hook is components/i18n.tsx. These names stay only until the dashboard's components switch.
 */
import { translate, type Locale } from '@/lib/i18n/index';
import type { Light } from '@/lib/checklist/lights';
import type { Status } from '@/lib/schema/checklist';

export { useI18n as useDashboardText } from '@/components/i18n';
export type { MessageKey as DashboardMessageKey } from '@/lib/i18n/index';

/** A status's label in `locale`. */
export const statusText = (locale: Locale, status: Status): string => translate(locale, `status.${status}`);

/** A light's label in `locale`. */
export const lightText = (locale: Locale, light: Light): string => translate(locale, `light.${light}`);
