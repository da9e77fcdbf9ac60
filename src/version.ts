/**
 * The version of this copy of sctmm, as in package.json. `npm version`
 * rewrites it through scripts/sync-version.js, and a test checks that
 * the two agree, so every bundle built from these sources knows it.
 */
export const VERSION = '0.1.0';
