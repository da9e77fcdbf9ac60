import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options every command takes. */
const common: Options = {
  help: { type: 'boolean', short: 'h' },
};

/**
 * Splits a command's arguments into options and operands with Node's
 * `parseArgs`, strictly: an unknown option or a missing value is a usage
 * error that names the command. `-` is an operand (standard input).
 */
export function parseOptions<O extends Options>(
  command: string,
  args: string[],
  options: O,
) {
  try {
    return parseArgs({
      args,
      options: { ...common, ...options } as O & typeof common,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${command}: ${message.split('\n')[0]}`);
  }
}
