/**
 * Static file server for the e2e fixture pages: node:http on 127.0.0.1, port 0 (the OS picks a free one), no
 * dependencies. `mounts` maps URL prefixes to folders, longest prefix first; anything else is a 404. Only GET and
 * HEAD, only files inside a mount (no `..` escapes), no directory listings. A mount may instead be a function
 * `(url) => ({ status, type, body })` answering its prefix itself: a fixture editor's server stub.
 */
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Starts the server. `mounts`: `{ '/editors/': '/abs/e2e/pages/editors', '/vendor/tinymce/': '/abs/node_modules/tinymce' }`.
 * Resolves with `{ origin, url(p), requests, close() }`; `requests` lists every path asked for, in order.
 */
export async function startServer(mounts) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, typeof dir === 'function' ? dir : path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const requests = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    const mount = table.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return send(res, 404, 'not found');
    if (typeof mount[1] === 'function') {
      const answer = mount[1](new URL(req.url ?? '/', 'http://127.0.0.1'));
      res.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(req.method === 'HEAD' ? undefined : answer.body);
    }
    let rel;
    try {
      rel = decodeURIComponent(pathname.slice(mount[0].length));
    } catch {
      return send(res, 400, 'bad path');
    }
    const file = path.resolve(mount[1], rel || 'index.html');
    if (file !== mount[1] && !file.startsWith(mount[1] + path.sep)) return send(res, 403, 'forbidden');
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return send(res, 404, 'not found');
    }
    if (!stat.isFile()) return send(res, 404, 'not found');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => new URL(p, origin).href,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
