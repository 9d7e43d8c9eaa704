/**
 * Where the on-page badge sits on each site, and whether it is hidden there: one record per web origin (the origin
 * of the frame whose annotator shows the badge — the top page's for a same-origin editor frame), stored as one
 * `storage.local` item (`badgePlacesItem`, lib/settings/storage-items.ts) that only the background and the extension
 * pages read; the content script asks the background (editor.badge) and tells it (editor.setBadge).
 * A dock is an edge of the viewport and a place along it (0 = the edge's start: left or top; 1 = its end), so it
 * stays where the person put it at any window width or zoom. Dependency free: the content script imports the types.
 */

export type BadgeEdge = 'top' | 'right' | 'bottom' | 'left';

/** The badge docked to an edge of the viewport, `along` (0–1) that edge. */
export interface BadgeDock {
  edge: BadgeEdge;
  along: number;
}

/** A site's badge: hidden or not, and where it was docked (null: the default place). */
export interface BadgePlace {
  hidden: boolean;
  dock: BadgeDock | null;
}

/** Origin → its badge's place. */
export type BadgePlaces = Record<string, BadgePlace>;

/** The badge's place on a site nobody changed: shown, at the bottom right. */
export const DEFAULT_BADGE_PLACE: BadgePlace = { hidden: false, dock: null };
/** Where a badge without a dock sits: the bottom edge, at its right end. */
export const DEFAULT_BADGE_DOCK: BadgeDock = { edge: 'bottom', along: 1 };

const EDGES: readonly BadgeEdge[] = ['top', 'right', 'bottom', 'left'];
const MAX_SITES = 1000;
const ORIGIN = /^https?:\/\/[^/\s]{1,253}$/;

/** A dock as stored, or null when it is not one. */
export function parseBadgeDock(raw: unknown): BadgeDock | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { edge, along } = raw as { edge?: unknown; along?: unknown };
  if (!EDGES.includes(edge as BadgeEdge) || typeof along !== 'number' || !Number.isFinite(along)) return null;
  return { edge: edge as BadgeEdge, along: Math.min(1, Math.max(0, along)) };
}

/** The stored places: web origins only, each value read field by field, at most 1000; never throws. */
export function parseBadgePlaces(raw: unknown): BadgePlaces {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const places: BadgePlaces = {};
  let n = 0;
  for (const [origin, value] of Object.entries(raw)) {
    if (n >= MAX_SITES) break;
    if (!ORIGIN.test(origin) || typeof value !== 'object' || value === null) continue;
    const place = { hidden: (value as { hidden?: unknown }).hidden === true, dock: parseBadgeDock((value as { dock?: unknown }).dock) };
    if (!place.hidden && !place.dock) continue;
    places[origin] = place;
    n++;
  }
  return places;
}

/** The badge's place on `origin`. */
export function badgePlaceOf(places: BadgePlaces, origin: string): BadgePlace {
  return Object.hasOwn(places, origin) ? places[origin]! : DEFAULT_BADGE_PLACE;
}

/** The places with `origin`'s changed by `patch` (a site back at the default place is dropped). */
export function withBadgePlace(places: BadgePlaces, origin: string, patch: Partial<BadgePlace>): BadgePlaces {
  const next = { ...badgePlaceOf(places, origin), ...patch };
  const rest = Object.fromEntries(Object.entries(places).filter(([o]) => o !== origin));
  return next.hidden || next.dock ? { ...rest, [origin]: { hidden: next.hidden, dock: next.dock } } : rest;
}

/** The origins whose badge is hidden, sorted. */
export function hiddenBadgeSites(places: BadgePlaces): string[] {
  return Object.keys(places)
    .filter((o) => places[o]!.hidden)
    .sort();
}
