// The benchmark's static server on 127.0.0.1: several folders, each under its own path
// prefix, on one origin, so the planner and the static reference page are fetched the
// same way. Unlike tests/support/server.mjs (which serves one folder raw), it behaves
// like a well-configured static host, because that is what users get and what
// Lighthouse judges: brotli or gzip when the browser accepts it (compressed once, at
// start, so no round pays for it), long caching for content-hashed names, and per-mount
// headers (the app's CSP).
import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { TYPES } from '../support/server.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.ts', '.txt']);
// Trunk and the build name assets `<name>-<16 hex digits>.<ext>`: safe to cache forever.
const HASHED = /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/;

/**
 * Serves `mounts` ([{ prefix: '/app/', root, headers }]) and resolves to
 * { origin, close }. Folders named node_modules are never served.
 */
export async function serve(mounts) {
  const files = new Map();
  for (const mount of mounts) {
    for (const file of await walk(mount.root)) {
      const path = mount.prefix + relative(mount.root, file).split(sep).join('/');
      files.set(path, { mount, ...(await prepare(file)) });
    }
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const entry = files.get(path) ?? files.get(path.endsWith('/') ? path + 'index.html' : path + '/index.html');
    if (!entry) {
      res.writeHead(404, { 'content-type': TYPES['.txt'] });
      return res.end('not found');
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const [encoding, body] =
      entry.br && /\bbr\b/.test(accept) ? ['br', entry.br]
      : entry.gzip && /\bgzip\b/.test(accept) ? ['gzip', entry.gzip]
      : [null, entry.raw];
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': entry.hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(entry.br ? { vary: 'accept-encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...entry.mount.headers,
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function walk(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules') continue;
    // Symbolic links and other special files are not part of a build: skipped.
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

async function prepare(file) {
  const raw = await readFile(file);
  const ext = extname(file);
  const compress = COMPRESSIBLE.has(ext) && raw.length > 256;
  return {
    raw,
    type: TYPES[ext] ?? 'application/octet-stream',
    hashed: HASHED.test(file),
    br: compress
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : null,
    gzip: compress ? gzipSync(raw, { level: 9 }) : null,
  };
}
