import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One built file of the page, held in memory with the headers it is served with. */
export interface UiAsset {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
  readonly cacheControl: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Build outputs named `<name>-<HASH>.<ext>` (esbuild's [hash]) never change content under one name. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z]+(\.map)?$/;
/** The page is a handful of small files; anything bigger is not ours. */
const MAX_ASSET_BYTES = 4 * 1024 * 1024;

/**
 * Reads the page's build output (a flat directory) into memory. Hashed files are cached for a
 * year as immutable; index.html and anything unhashed must be revalidated (ETag), so a rebuild
 * shows up on the next load. Undefined when the directory has no index.html (not built).
 */
export function loadUiAssets(dir: string): Map<string, UiAsset> | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  if (!names.includes('index.html')) return undefined;
  const assets = new Map<string, UiAsset>();
  for (const name of names) {
    const file = path.join(dir, name);
    const contentType = CONTENT_TYPES[path.extname(name)];
    const stat = statSync(file);
    if (contentType === undefined || !stat.isFile() || stat.size > MAX_ASSET_BYTES) continue;
    const body = readFileSync(file);
    assets.set(name, {
      body,
      contentType,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      cacheControl: HASHED_NAME.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  return assets;
}
