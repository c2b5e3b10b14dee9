import { readFileSync } from 'node:fs';
/** The package version, read from package.json next to dist/ (src/ in tests). */
export const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
