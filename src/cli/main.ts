import { aggregateCommand } from './commands/aggregate.ts';
import { countsCommand } from './commands/counts.ts';
import { mergeCommand } from './commands/merge.ts';
import { scoreCommand } from './commands/score.ts';
import { sqlCommand } from './commands/sql.ts';
import { template } from './commands/template.ts';
import { CliError, UsageError } from './errors.ts';
import type { Output } from './output.ts';
import { usage } from './usage.ts';
import { version } from './version.ts';

type Command = (args: string[], out: Output) => Promise<number>;

const commands: Readonly<Record<string, Command>> = {
  template,
  aggregate: aggregateCommand,
  counts: countsCommand,
  merge: mergeCommand,
  score: scoreCommand,
  sql: sqlCommand,
};

/**
 * Runs the command line `args` (without `node` and the script) and
 * resolves to the exit status: 0 success, 1 failure, 2 wrong usage.
 */
export async function main(args: string[], out: Output): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    out.error(usage.trimEnd());
    return 2;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    out.write(usage);
    return 0;
  }
  if (name === '-V' || name === '--version') {
    out.write(`${version}\n`);
    return 0;
  }
  try {
    const command = Object.hasOwn(commands, name) ? commands[name] : null;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      out.write(usage);
      return 0;
    }
    return await command(rest, out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`sctmm: ${error.message}`);
      out.error('Try "sctmm --help".');
      return 2;
    }
    if (error instanceof CliError) {
      out.error(`sctmm: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
