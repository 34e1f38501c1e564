// A loopback web server for the repository's files, plus pages made by the caller, compressed
// as a CDN would serve them (brotli, else gzip) and never cached, so every load pays for its
// bytes. Used by `npm run bench` and scripts/screenshot.mjs.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * @param {Map<string, string>} pages  path (`/bench/…`) → HTML (or a script, by the path's
 *   extension), served before the files
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(pages = new Map()) {
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      // Browsers ask for one on every page; an error in the console would stop the bench.
      if (path === '/favicon.ico') return void response.writeHead(204).end();
      let body;
      let type;
      if (pages.has(path)) {
        body = Buffer.from(pages.get(path));
        type = TYPES[extname(path)] ?? TYPES['.html'];
      } else {
        const file = normalize(join(ROOT, path));
        if (!file.startsWith(ROOT)) throw new Error('outside the repository');
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      const accepts = String(request.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : '';
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (encoding && !type.startsWith('image/png')) {
        const key = `${encoding}:${path}:${body.length}`;
        if (!compressed.has(key)) {
          compressed.set(
            key,
            encoding === 'br'
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 }),
          );
        }
        body = compressed.get(key);
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
