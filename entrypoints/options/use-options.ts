/**
 * The options page's state and browser calls: the enabled sites followed in storage, and the page's actions —
 * turn a site on (asking for its host permission inside the click, site-toggle.ts), turn one off (its permission
 * given back), show the on-page badge again or put it back in its corner (`badgePlacesItem`), run today's reminders now (the reminders channel), the 督办编号 register. The component (components/options) gets them as
 * props (OptionsActions).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from '#imports';
import type { OptionsActions } from '@/components/options/options-app';
import { siteOrigin } from '@/lib/sites';
import { setSite, type SiteToggleBrowser } from '@/lib/settings/site-toggle';
import { reminderChannel } from '@/lib/messaging/reminders';
import { withBadgePlace, type BadgePlace, type BadgePlaces } from '@/lib/settings/badge-places';
import { badgePlacesItem, enabledSitesItem, storeSite, type ExtensionStorage } from '@/lib/settings/storage-items';
import { supervisionNumbers } from '@/lib/settings/supervision-numbers';

export function useOptionsPage(storage: ExtensionStorage): { sites: string[]; badgePlaces: BadgePlaces; setBadgePlace(origin: string, patch: Partial<BadgePlace>): void; actions: OptionsActions } {
  const [sites, setSites] = useState<string[]>([]);
  const [badgePlaces, setBadgePlaces] = useState<BadgePlaces>({});
  useEffect(() => {
    void badgePlacesItem.get(storage).then(setBadgePlaces);
    return badgePlacesItem.watch(storage, setBadgePlaces);
  }, [storage]);
  const reload = useCallback(() => void enabledSitesItem.get(storage).then(setSites), [storage]);
  useEffect(() => {
    reload();
    return enabledSitesItem.watch(storage, setSites);
  }, [reload, storage]);
  const actions = useMemo<OptionsActions>(() => {
    const reminders = reminderChannel.sender((m) => browser.runtime.sendMessage(m));
    return {
      addSite(text) {
        const origin = siteOrigin(/^https?:\/\//.test(text) ? text : `https://${text}`);
        if (!text || !origin) return Promise.resolve('invalid');
        // nb. setSite asks for the host permission at once, inside the click's gesture.
        return setSite(browser as unknown as SiteToggleBrowser, `${origin}/`, 'enable').finally(reload);
      },
      async removeSite(origin) {
        await storeSite(storage, origin, false);
        if (/^https?:\/\//.test(origin)) await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
        reload();
      },
      runReminders: () => reminders.run({}),
      numbers: supervisionNumbers(storage),
    };
  }, [reload, storage]);
  // The background tells the sites' pages (editor.pageSettings): the badge shows or moves at once.
  const setBadgePlace = useCallback(
    (origin: string, patch: Partial<BadgePlace>) => void badgePlacesItem.get(storage).then((places) => badgePlacesItem.set(storage, withBadgePlace(places, origin, patch))),
    [storage],
  );
  return { sites, badgePlaces, setBadgePlace, actions };
}
