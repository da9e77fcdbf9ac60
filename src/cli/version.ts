declare const SCTMM_VERSION: string | undefined;

/** The package's version, written in when the command line is built. */
export const version: string =
  typeof SCTMM_VERSION === 'string' ? SCTMM_VERSION : '0.0.0-dev';
