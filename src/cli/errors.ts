/**
 * A failure the user can act on: a missing file, a document that does
 * not parse, data that cannot be read. The command line prints its
 * message alone, without a stack, and exits with status 1.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/**
 * A command line that does not make sense: an unknown command or option,
 * a missing argument. Printed with a pointer to `--help`; exit status 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
