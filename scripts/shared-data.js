// Where the real open-data files are, for `npm run results:real` and
// the test server's /__data/ route. They are never copied into the
// repository: they sit in a `shared/data` folder beside it, or beside
// the repository it was cloned from, or wherever SCTMM_DATA_DIR says.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this file belongs to. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The repository that `root` was cloned from when its git `origin` is a
 * folder on this machine (`/work/main`, `../main`, `file:///work/main`),
 * else `null`: a remote URL, no origin, or no git.
 */
export function localOrigin(root) {
  let url;
  try {
    url = execFileSync('git', ['-C', root, 'config', '--get',
      'remote.origin.url'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return null;
  }
  let path = null;
  if (url.startsWith('file://')) path = fileURLToPath(url);
  else if (isAbsolute(url) || url.startsWith('.')) path = resolve(root, url);
  if (!path) return null;
  return basename(path) === '.git' ? dirname(path) : path;
}

/**
 * The folders tried, in order, each with where it came from: only
 * SCTMM_DATA_DIR when it is not empty (a folder named on purpose is not
 * passed over for another), else `<root>/../shared/data`, and
 * `<origin>/../shared/data` when `origin` is a local path.
 */
export function dataDirCandidates(root, env, origin) {
  if (env.SCTMM_DATA_DIR) {
    return [{ dir: resolve(env.SCTMM_DATA_DIR), from: 'SCTMM_DATA_DIR' }];
  }
  const tried = [];
  tried.push({ dir: resolve(root, '../shared/data'),
    from: 'beside the repository' });
  if (origin) {
    tried.push({ dir: resolve(origin, '../shared/data'),
      from: `beside its git origin ${origin}` });
  }
  return tried;
}

/**
 * The first candidate folder that holds every one of `files`. Fails
 * with one line that names the places tried and SCTMM_DATA_DIR.
 * `options` may replace the repository, the environment and the origin
 * (for tests).
 */
export function findDataDir(files, options = {}) {
  const root = options.root ?? repoRoot;
  const env = options.env ?? process.env;
  const origin = 'origin' in options ? options.origin : localOrigin(root);
  const tried = dataDirCandidates(root, env, origin);
  const found = tried.find(({ dir }) =>
    files.every((name) => existsSync(resolve(dir, name))));
  if (found) return found.dir;

  const places = tried.map(({ dir, from }) => `${dir} (${from})`);
  const unset = env.SCTMM_DATA_DIR ? '' : ' (SCTMM_DATA_DIR is not set)';
  throw new Error(`cannot find ${files.join(' and ')}: tried ` +
    `${places.join(', ')}${unset}; set SCTMM_DATA_DIR to the folder ` +
    'that holds them');
}
