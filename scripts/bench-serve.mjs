// A static server for the benchmarks that serves a bundle the way README's "What the host
// server needs" asks a CDN to: gzip (-9, precompressed once per file) for text and wasm when
// the browser accepts it, the right MIME types, CORS, and long caching for hashed files. The
// end-to-end harness's server sends files uncompressed, which is fine on loopback without
// network throttling, but Lighthouse's simulated slow 4G would then charge the raw bytes
// (549 KB of wasm instead of 215 KB gzipped).
//
//   import { startGzipServer } from './bench-serve.mjs';
//   const server = await startGzipServer('/tmp/bundle');  // { url, port, close() }
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};
const COMPRESS = new Set(['.html', '.js', '.mjs', '.wasm', '.json', '.css', '.svg', '.txt', '.md']);
// Files that keep their name from build to build (README: short lifetime); the rest carry a
// content hash or sit in a folder replaced as a whole.
const SHORT_LIVED = /^(index\.html|embed\.js|embed\.html|example\.html|kiosk\.html|sw\.js|fallback\/.*)$/;

export async function startGzipServer(dir) {
  const root = path.resolve(dir);
  const cache = new Map();
  const server = http.createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = path.resolve(root, '.' + pathname);
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
        return;
      }
      const ext = path.extname(file).toLowerCase();
      const rel = path.relative(root, file).split(path.sep).join('/');
      const headers = {
        'Content-Type': MIME[ext] || 'application/octet-stream',
        'Cache-Control': SHORT_LIVED.test(rel) ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
        Vary: 'Accept-Encoding',
      };
      let body;
      if (COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        const key = `${file}:${st.mtimeMs}:${st.size}`;
        if (!cache.has(key)) cache.set(key, gzipSync(await readFile(file), { level: 9 }));
        body = cache.get(key);
        headers['Content-Encoding'] = 'gzip';
      } else {
        body = await readFile(file);
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(err));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
