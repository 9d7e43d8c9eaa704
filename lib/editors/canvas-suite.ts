/**
 * Canvas document suites (腾讯文档, WPS 在线/金山文档, Google Docs) draw the text on a canvas: there are no Text
 * nodes to range over, so in-place highlights are impossible. They are recognised (by host name, or by Google's
 * canvas tiles) so that the side panel can say so plainly and offer capture instead.
 */

const CANVAS_HOSTS = [/(^|\.)docs\.qq\.com$/, /(^|\.)kdocs\.cn$/, /(^|\.)wps\.cn$/];

/** Whether the page is a canvas-rendered document suite. */
export function isCanvasSuite(location: Pick<Location, 'hostname' | 'pathname'>, doc?: Document): boolean {
  if (CANVAS_HOSTS.some((re) => re.test(location.hostname))) return true;
  if (location.hostname === 'docs.google.com' && /^\/(document|spreadsheets|presentation)\//.test(location.pathname)) return true;
  return !!doc?.querySelector('.kix-canvas-tile-content, .kix-appview-editor canvas');
}
