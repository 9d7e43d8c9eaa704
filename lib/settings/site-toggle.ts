/**
 * Enabling Luoshi on the current site from the keyboard command (在本站启用落实, toggles) or the toolbar button
 * (opens the side panel and enables). The origin's optional host permission is requested first, synchronously
 * inside the user gesture; the origin is then added to or removed from the enabled sites (`storeSite`, lib/settings/storage-items.ts),
 * which the background follows. Only http(s) pages can be enabled.
 */
import { siteOrigin } from '../sites';
import { enabledSitesItem, storeSite, type ExtensionStorage } from '@/lib/settings/storage-items';

/** The part of the browser API used here (a fake in tests). */
export interface SiteToggleBrowser {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  storage: Pick<ExtensionStorage, 'local'>;
}

/** The manifest command (wxt.config.ts `commands`) that toggles the current site. */
export const TOGGLE_SITE_COMMAND = 'toggle-site';

export type ToggleOutcome = 'enabled' | 'disabled' | 'denied' | 'unsupported';

/** Turns the site of `url` on (`mode: 'enable'`) or flips it (`'toggle'`). Call it straight from the gesture's event. */
export function setSite(api: SiteToggleBrowser, url: string | undefined, mode: 'enable' | 'toggle'): Promise<ToggleOutcome> {
  const origin = siteOrigin(url);
  if (!origin) return Promise.resolve('unsupported');
  const origins = [`${origin}/*`];
  // nb. Requested before any await, while the gesture lasts. Already granted → resolves true without a prompt.
  // Where the request is refused outright (no gesture), the site is listed all the same: the content script is
  // registered for it once its permission is granted (entrypoints/background/content-registration.ts), e.g. from the options page.
  let request: Promise<boolean | null>;
  try {
    request = api.permissions.request({ origins }).catch(() => null);
  } catch {
    request = Promise.resolve(null);
  }
  return (async () => {
    const list = await enabledSitesItem.get(api.storage);
    if (mode === 'toggle' && list.includes(origin)) {
      await storeSite(api.storage, origin, false);
      await api.permissions.remove({ origins }).catch(() => false);
      return 'disabled';
    }
    if ((await request) === false) return 'denied';
    if (!list.includes(origin)) await storeSite(api.storage, origin, true);
    return 'enabled';
  })();
}
