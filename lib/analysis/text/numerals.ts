/** Chinese numerals for ordinals and counts: 一…九十九, 两, 〇/零; and back, for labels such as 「七个方面」. */

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 99 (一, 十, 十二, 二十, 二十三) or ASCII digits; NaN when it is not one. */
export function cnToInt(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || s.length > 3) return Number.NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in DIGIT ? DIGIT[s]! : Number.NaN;
  const hi = ten === 0 ? 1 : DIGIT[s[0]!];
  const lo = ten === s.length - 1 ? 0 : DIGIT[s[ten + 1]!];
  if (hi === undefined || lo === undefined || (ten !== 0 && ten !== 1) || s.length - ten > 2) return Number.NaN;
  return hi * 10 + lo;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for 0…99. */
export function intToCn(n: number): string {
  if (n < 10) return CN[n]!;
  const hi = Math.floor(n / 10);
  const lo = n % 10;
  return (hi === 1 ? '' : CN[hi]!) + '十' + (lo ? CN[lo]! : '');
}

/** Circled numbers ①…⑳, parenthesised ⑴…⒇, full-stop ⒈…⒛ and ㈠…㈩ → value, else NaN. */
export function enclosedToInt(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x2474 && c <= 0x2487) return c - 0x2474 + 1;
  if (c >= 0x2488 && c <= 0x249b) return c - 0x2488 + 1;
  if (c >= 0x3220 && c <= 0x3229) return c - 0x3220 + 1;
  return Number.NaN;
}
