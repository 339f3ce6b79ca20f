// The agent app (web/, built by Vite into web/dist) served at `/`: its files from a list read once
// at start-up (no path from a request ever reaches the file system), index.html for any other
// page path so the app's own routes load, and a strict Content-Security-Policy. Hashed assets are
// cached for a year; index.html is revalidated on every load so a new build takes effect at once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply } from 'fastify';
import type { ApiApp } from './app.ts';

/** web/dist beside src/ (a checkout) or dist/ (the package): both sit two levels below the root. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Scripts only from our own origin (no inline script, no eval); no plugins, no framing, no
 * <base> tricks. Images: our own and data: URLs; a stranger's avatar is never fetched by the
 * agent's browser (it would tell the stranger who looked and when).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

interface WebFile { body: Buffer; type: string; immutable: boolean }

const NOT_BUILT = Buffer.from('<!doctype html><html lang="en"><meta charset="utf-8"><title>Earshot</title>'
  + '<main><h1>Earshot is running</h1><p>The agent app is not built: run <code>npm run build:web</code>. '
  + 'The API is at <a href="/api/docs">/api/docs</a>.</p></main></html>');

function readWebFiles(dir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  if (!existsSync(join(dir, 'index.html'))) return files;
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) { walk(path); continue; }
      const url = `/${relative(dir, path).split(sep).join('/')}`;
      files.set(url, { body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream', immutable: url.startsWith('/assets/') });
    }
  };
  walk(dir);
  return files;
}

function send(reply: FastifyReply, file: WebFile): FastifyReply {
  return reply
    .header('content-type', file.type)
    .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .send(file.body);
}

export function registerWebApp(app: ApiApp, options: { dir?: string } = {}): { built: boolean } {
  const files = readWebFiles(options.dir ?? DEFAULT_WEB_DIR);
  const index = files.get('/index.html') ?? { body: NOT_BUILT, type: TYPES['.html']!, immutable: false };
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0]!;
    // Unknown API and webhook paths keep their JSON 404; they are never the app.
    if (path === '/api' || path.startsWith('/api/') || path.startsWith('/webhooks/')) return reply.callNotFound();
    const file = files.get(path);
    if (file && path !== '/index.html') return send(reply, file);
    // A missing hashed asset is a 404, not the page (a stale tab would otherwise parse HTML as JS).
    if (path.startsWith('/assets/')) return reply.callNotFound();
    return send(reply, index);
  });
  return { built: files.size > 0 };
}
