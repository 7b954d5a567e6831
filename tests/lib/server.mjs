// Static server for the fixture pages on 127.0.0.1 and a free port.
// Everything under /csp/ is the same file served with the strict policy of
// the big social sites, which forbids WebAssembly in content scripts.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PAGES_DIR = fileURLToPath(new URL('../pages/dist/', import.meta.url));
export const STRICT_CSP = "script-src 'self'; object-src 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Maps a request path to [file path, strict] or null when it leaves the root. */
function resolve(urlPath) {
  let p = decodeURIComponent(urlPath);
  const strict = p === '/csp' || p.startsWith('/csp/');
  if (strict) p = p.slice(4) || '/';
  if (p.endsWith('/')) p += 'index.html';
  const file = path.join(PAGES_DIR, path.normalize(p));
  return file.startsWith(PAGES_DIR) ? [file, strict] : null;
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const found = resolve(url.pathname);
  const headers = { 'Cache-Control': 'no-store' };
  if (found?.[1] || url.searchParams.has('csp')) headers['Content-Security-Policy'] = STRICT_CSP;
  if (url.pathname.endsWith('/sent')) {
    // Only reached if a page's own submit handler did not run.
    res.writeHead(200, { ...headers, 'Content-Type': 'text/plain' }).end('form submitted natively');
    return;
  }
  try {
    const body = await readFile(found[0]);
    headers['Content-Type'] = TYPES[path.extname(found[0])] ?? 'application/octet-stream';
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
  }
}

/** Starts the server; resolves to { origin, url(name, {strict}), close() }. */
export async function startServer() {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => res.writeHead(500).end(String(e)));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (name, { strict = false } = {}) => `${origin}${strict ? '/csp' : ''}/${name}.html`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}
