import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { browserHint, findBrowser } from '../../scripts/find-browser.js';

const check = fileURLToPath(
  new URL('../../scripts/check-browser.js', import.meta.url));

/** Runs the tests' browser check with CHROME_PATH set to `path`. */
function checkWith(path) {
  const run = spawnSync(process.execPath, [check], {
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: path },
  });
  return { status: run.status, stderr: run.stderr };
}

describe('the browser the tests run in', () => {
  it('takes CHROME_PATH when it is an executable file', () => {
    const env = { CHROME_PATH: process.execPath };

    assert.equal(findBrowser(env), process.execPath);
    assert.equal(checkWith(process.execPath).status, 0);
  });

  for (const path of ['/nope/chromium', '/etc/passwd', '/tmp']) {
    it(`reports CHROME_PATH=${path} instead of passing it over`, () => {
      const env = { CHROME_PATH: path };

      assert.equal(findBrowser(env), undefined);
      assert.match(browserHint(env), /^CHROME_PATH=.* is not an executable/);
      const run = checkWith(path);
      assert.equal(run.status, 1);
      assert.equal(run.stderr.trim(), browserHint(env));
    });
  }

  it('without CHROME_PATH, tells how to install one when none is found',
    () => {
      assert.match(browserHint({}), /apt-get install chromium/);
    });
});
