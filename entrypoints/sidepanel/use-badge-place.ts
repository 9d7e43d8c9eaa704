/**
 * The on-page badge's place on the shown page's site (lib/settings/badge-places.ts, through `badgePlacesItem`):
 * read and followed in storage, and the side panel's 「在本站页面上显示落实徽标」 switch. The background tells the
 * site's pages when it changes (editor.pageSettings), so the badge comes back or goes at once.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from '#imports';
import { badgePlaceOf, withBadgePlace, type BadgePlace, type BadgePlaces } from '@/lib/settings/badge-places';
import { badgePlacesItem, type ExtensionStorage } from '@/lib/settings/storage-items';

const storage = browser.storage as unknown as ExtensionStorage;

/** The badge's place on `origin` (null: no site), and the switch that shows or hides it there. */
export function useBadgePlace(origin: string | null): { place: BadgePlace | null; setHidden(hidden: boolean): void } {
  const [places, setPlaces] = useState<BadgePlaces | null>(null);
  useEffect(() => {
    let alive = true;
    void badgePlacesItem.get(storage).then((p) => alive && setPlaces(p));
    const stop = badgePlacesItem.watch(storage, setPlaces);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const setHidden = useCallback(
    (hidden: boolean) => {
      if (!origin) return;
      // Shown at once; storage (followed above) then says what was stored.
      setPlaces((p) => (p ? withBadgePlace(p, origin, { hidden }) : p));
      void badgePlacesItem.get(storage).then((p) => badgePlacesItem.set(storage, withBadgePlace(p, origin, { hidden })));
    },
    [origin],
  );
  return { place: origin && places ? badgePlaceOf(places, origin) : null, setHidden };
}
