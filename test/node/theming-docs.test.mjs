// docs/theming.md against the sources: every --sctmm-* custom property
// the elements read and every part they declare (`@csspart`) is named.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = readFileSync(join(root, 'docs/theming.md'), 'utf8');

/** The text of every .ts file under src/components. */
function sources() {
  const dir = join(root, 'src/components');
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

/** How the docs may name a radar token of series 1 to 6. */
function documented(token) {
  const series = /^--sctmm-radar-series-\d-(color|dash)$/.exec(token);
  return series
    ? docs.includes(`--sctmm-radar-series-1-${series[1]}`)
    : docs.includes(`\`${token}\``);
}

describe('docs/theming.md', () => {
  it('names every --sctmm-* custom property of the sources', () => {
    const tokens = new Set(sources().flatMap((text) =>
      text.match(/--sctmm-[a-z0-9-]*[a-z0-9]/g) ?? []));

    const missing = [...tokens].filter((token) => !documented(token));

    assert.ok(tokens.size > 40);
    assert.deepEqual(missing, []);
  });

  it("names every element's parts", () => {
    const missing = [];
    const tags = [];
    for (const text of sources()) {
      const tag = /@tagname (sctmm-[a-z-]+)/.exec(text)?.[1];
      if (!tag) continue;
      tags.push(tag);
      const section = docs.split(`### \`<${tag}>\``)[1]?.split('###')[0];
      for (const [, part] of text.matchAll(/@csspart ([a-z0-9-]+)/g)) {
        if (!section?.includes(`\`${part}\``)) missing.push(`${tag} ${part}`);
      }
    }

    assert.equal(tags.length, 6);
    assert.deepEqual(missing, []);
  });
});
