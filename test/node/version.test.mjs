// src/version.ts, which every bundle carries, against package.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('src/version.ts', () => {
  it('says the version of package.json', () => {
    const { version } = JSON.parse(read('package.json'));
    const source = read('src/version.ts');

    assert.match(source, new RegExp(`VERSION = '${version}'`));
  });
});
