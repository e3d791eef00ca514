// A static file server on 127.0.0.1 for the browser tests: serves a folder under any
// path prefix, with extra headers (e.g. a CSP), and logs every request it sees.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` at `prefix` (e.g. "/docs/planner/"). `routes` maps exact paths to
 * `{ type, body }` for pages a test makes up (an embedding page of another origin).
 * Resolves to { origin, url, requests, close }.
 */
export async function serve({ root, prefix = '/', headers = {}, routes = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (routes[path]) return send(200, routes[path].type ?? TYPES['.html'], routes[path].body);
    if (!root || !path.startsWith(prefix)) return send(404, TYPES['.txt'], 'not found');
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      return send(403, TYPES['.txt'], 'forbidden');
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, TYPES['.txt'], 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
