import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** Text the browser can take compressed; images and fonts are compressed already. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Below this, compressing costs more than it saves. */
const MIN_BYTES = 1024;

type Encoding = 'br' | 'gzip';

/** Brotli if the browser takes it, else gzip, else none (`q=0` refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const wildcard = accepted.get('*');
  const takes = (e: Encoding) => (accepted.get(e) ?? wildcard ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return undefined;
}

/**
 * The web app's built files are fixed until the next build, so each is compressed once, on first
 * asked, and kept (keyed by path, size and modification time, so a rebuild is picked up).
 */
const cache = new Map<string, Buffer>();

function compressed(file: string, encoding: Encoding): Buffer {
  const stat = statSync(file);
  const key = `${encoding}|${file}|${stat.size}|${stat.mtimeMs}`;
  let body = cache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzipSync(raw, { level: 9 });
    cache.set(key, body);
  }
  return body;
}

/**
 * Answers `file` compressed when the browser accepts it and it is worth it; answers false (and
 * sends nothing) otherwise, so the caller serves it as it is.
 */
export function sendCompressed(req: Request, res: Response, file: string, cacheControl: string): boolean {
  const type = TYPES[extname(file).toLowerCase()];
  if (!type) return false;
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return false;
    size = stat.size;
  } catch {
    return false;
  }
  // Whatever is answered depends on Accept-Encoding, so shared caches must key on it.
  res.vary('Accept-Encoding');
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  if (!encoding || size < MIN_BYTES) return false;
  const body = compressed(file, encoding);
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', String(body.length));
  res.setHeader('Cache-Control', cacheControl);
  res.status(200);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
  return true;
}

/** Serves the files under `root` compressed where it can; passes on anything else (to express.static, then Nest). */
export function compressedStatic(root: string, cacheControlOf: (file: string) => string) {
  const base = normalize(root + sep);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = normalize(join(root, path));
    // Never outside the build directory, and never a directory's index (the app's fallback decides those).
    if (!file.startsWith(base) || path.endsWith('/')) return next();
    if (!sendCompressed(req, res, file, cacheControlOf(file))) next();
  };
}
