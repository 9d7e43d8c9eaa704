/**
 * Loads a classic script from the test server (editors that are not bundled: TinyMCE, CKEditor 4 and UEditor come
 * with their plugins, skins and language files beside them, which they load from their own base URL).
 */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.addEventListener('load', resolve);
    s.addEventListener('error', () => reject(new Error(`cannot load ${src}`)));
    document.head.append(s);
  });
}
