// Writes package.json's version into src/version.ts. npm runs it through
// the `version` script when `npm version` bumps the package.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const file = `${root}src/version.ts`;
const source = readFileSync(file, 'utf8');
const next = source.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`);

if (next === source && !source.includes(`'${version}'`)) {
  throw new Error(`no VERSION constant found in ${file}`);
}
writeFileSync(file, next);
console.log(`src/version.ts: ${version}`);
