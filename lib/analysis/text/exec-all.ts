/**
 * Every match of a global regex in a string, as `String#matchAll` gives them, read with an exec loop on the regex
 * itself (nb. matchAll clones its regex on every call: about 0.8 µs against 0.03 µs, on every line and clause).
 * The matches are collected before they are returned, so the caller may use the same regex again on them.
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = m.index + 1;
  }
  re.lastIndex = 0;
  return out;
}
