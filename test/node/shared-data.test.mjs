import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { findDataDir, localOrigin } from '../../scripts/shared-data.js';
import { tempDir, write } from './helpers.mjs';

const FILES = ['a.csv', 'b.csv'];
const base = tempDir();

/** A folder under the temporary one, with `files` in it. */
function folder(path, files = []) {
  const dir = join(base, path);
  mkdirSync(dir, { recursive: true });
  for (const name of files) write(dir, name, 'x\n');
  return dir;
}

/** A git repository at `path` whose origin is `origin`, if given. */
function repo(path, origin) {
  const dir = folder(path);
  execFileSync('git', ['init', '-q', dir]);
  if (origin) {
    execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', origin]);
  }
  return dir;
}

describe('findDataDir: where the real data files are', () => {
  it('takes SCTMM_DATA_DIR first when it holds the files', () => {
    const chosen = folder('env/data', FILES);
    const root = folder('one/main');
    folder('one/shared/data', FILES);

    const dir = findDataDir(FILES, {
      root, env: { SCTMM_DATA_DIR: chosen }, origin: null });

    assert.equal(dir, chosen);
  });

  it('ignores an empty SCTMM_DATA_DIR and looks beside the repository',
    () => {
      const root = folder('two/main');
      const beside = folder('two/shared/data', FILES);

      for (const env of [{ SCTMM_DATA_DIR: '' }, {}]) {
        assert.equal(findDataDir(FILES, { root, env, origin: null }), beside);
      }
    });

  it('looks beside the repository a clone came from', () => {
    const origin = folder('three/main');
    const data = folder('three/shared/data', FILES);
    const forms = [origin, `${origin}/.git`, pathToFileURL(origin).href];

    for (const [i, url] of forms.entries()) {
      const clone = repo(`tmp/clone-${i}`, url);

      assert.equal(localOrigin(clone), origin, url);
      assert.equal(findDataDir(FILES, { root: clone, env: {} }), data, url);
    }
  });

  it('does not take a remote origin, nor a repository without one', () => {
    const remote = repo('four/remote', 'https://example.org/sctmm.git');
    const scp = repo('four/scp', 'git@example.org:sctmm.git');
    const bare = repo('four/none');

    assert.equal(localOrigin(remote), null);
    assert.equal(localOrigin(scp), null);
    assert.equal(localOrigin(bare), null);
    assert.equal(localOrigin(folder('four/not-git')), null);
  });

  it('skips a place that holds only some of the files', () => {
    const root = folder('five/main');
    folder('five/shared/data', ['a.csv']);
    const origin = folder('five-origin/main');
    const data = folder('five-origin/shared/data', FILES);

    assert.equal(findDataDir(FILES, { root, env: {}, origin }), data);
    assert.throws(() => findDataDir(FILES, { root, env: {}, origin: null }));
  });

  it('takes only SCTMM_DATA_DIR when it is set, and names it when it fails',
    () => {
      const root = folder('seven/main');
      folder('seven/shared/data', FILES);
      const env = { SCTMM_DATA_DIR: join(base, 'seven/mistyped') };

      assert.throws(() => findDataDir(FILES, { root, env, origin: null }),
        (error) => error.message.startsWith('cannot find a.csv and b.csv: ' +
          `tried ${env.SCTMM_DATA_DIR} (SCTMM_DATA_DIR);`));
    });

  it('fails with one line naming every place tried and SCTMM_DATA_DIR',
    () => {
      const root = folder('six/main');
      const origin = folder('six-origin/main');

      for (const env of [{ SCTMM_DATA_DIR: '' }, {
        SCTMM_DATA_DIR: join(base, 'six/nowhere') }]) {
        let message = '';
        try {
          findDataDir(FILES, { root, env, origin });
        } catch (error) {
          message = error.message;
        }

        assert.doesNotMatch(message, /\n/);
        assert.match(message, /^cannot find a\.csv and b\.csv: tried /);
        assert.match(message, /set SCTMM_DATA_DIR to the folder/);
        if (env.SCTMM_DATA_DIR) {
          const named = `${env.SCTMM_DATA_DIR} (SCTMM_DATA_DIR)`;
          assert.ok(message.includes(named), message);
        } else {
          assert.ok(message.includes(join(base, 'six/shared/data')));
          assert.ok(message.includes(join(base, 'six-origin/shared/data')));
          assert.match(message, /SCTMM_DATA_DIR is not set/);
        }
      }
    });
});
