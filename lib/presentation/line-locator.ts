/** Offset → line number, for pointing a person at a place in the draft. */

/**
 * Returns a function giving the 1-based line of a UTF-16 offset into `text`. Lines end at \n, \r\n or a lone \r
 * (as the engine counts them). Built once per text; each lookup is a binary search.
 */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
