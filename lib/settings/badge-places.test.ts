import { describe, expect, it } from 'vitest';
import { badgePlaceOf, DEFAULT_BADGE_PLACE, hiddenBadgeSites, parseBadgeDock, parseBadgePlaces, withBadgePlace } from './badge-places';
import { badgePlacesItem } from './storage-items';
import { memoryStorage } from './testing';

describe('badge places', () => {
  it('reads docks field by field, clamping the place along the edge', () => {
    expect(parseBadgeDock({ edge: 'left', along: 0.25 })).toEqual({ edge: 'left', along: 0.25 });
    expect(parseBadgeDock({ edge: 'top', along: 7 })).toEqual({ edge: 'top', along: 1 });
    expect(parseBadgeDock({ edge: 'bottom', along: -2 })).toEqual({ edge: 'bottom', along: 0 });
    expect(parseBadgeDock({ edge: 'middle', along: 0.5 })).toBeNull();
    expect(parseBadgeDock({ edge: 'right', along: Number.NaN })).toBeNull();
    expect(parseBadgeDock('bottom')).toBeNull();
  });

  it('keeps web origins with a changed place only, and never throws', () => {
    expect(parseBadgePlaces(null)).toEqual({});
    expect(parseBadgePlaces([1, 2])).toEqual({});
    expect(
      parseBadgePlaces({
        'https://oa.example.gov.cn': { hidden: true },
        'http://127.0.0.1:8080': { hidden: 'yes', dock: { edge: 'top', along: 0 } },
        'javascript:alert(1)': { hidden: true },
        'https://plain.example': { hidden: false, dock: null },
        'https://junk.example': 'hidden',
      }),
    ).toEqual({
      'https://oa.example.gov.cn': { hidden: true, dock: null },
      'http://127.0.0.1:8080': { hidden: false, dock: { edge: 'top', along: 0 } },
    });
    const many = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`https://s${i}.example`, { hidden: true }]));
    expect(Object.keys(parseBadgePlaces(many))).toHaveLength(1000);
  });

  it('changes one site, drops a site back at the default, lists the hidden ones', () => {
    const a = 'https://a.example';
    const b = 'https://b.example';
    let places = withBadgePlace({}, a, { dock: { edge: 'left', along: 0.5 } });
    places = withBadgePlace(places, b, { hidden: true });
    expect(badgePlaceOf(places, a)).toEqual({ hidden: false, dock: { edge: 'left', along: 0.5 } });
    expect(badgePlaceOf(places, 'https://c.example')).toEqual(DEFAULT_BADGE_PLACE);
    expect(hiddenBadgeSites(places)).toEqual([b]);
    places = withBadgePlace(places, a, { hidden: true });
    expect(badgePlaceOf(places, a)).toEqual({ hidden: true, dock: { edge: 'left', along: 0.5 } });
    expect(hiddenBadgeSites(places)).toEqual([a, b]);
    places = withBadgePlace(places, b, { hidden: false });
    expect(Object.keys(places)).toEqual([a]);
    expect(badgePlaceOf(places, 'constructor')).toEqual(DEFAULT_BADGE_PLACE);
  });

  it('is one storage item that reads back what was stored', async () => {
    const { storage } = memoryStorage();
    expect(await badgePlacesItem.get(storage)).toEqual({});
    const stored = await badgePlacesItem.set(storage, { 'https://a.example': { hidden: true, dock: { edge: 'right', along: 3 } } });
    expect(stored).toEqual({ 'https://a.example': { hidden: true, dock: { edge: 'right', along: 1 } } });
    expect(await badgePlacesItem.get(storage)).toEqual(stored);
  });
});
