import { merge } from '../../engine/perception-merge.ts';
import { loadAggregate } from '../documents.ts';
import { CliError, UsageError } from '../errors.ts';
import { jsonText } from '../json-text.ts';
import { parseOptions } from '../options.ts';
import type { Output } from '../output.ts';

/**
 * `sctmm merge A.json B.json…`: adds perception aggregates of the same
 * survey and scale, and prints the sum.
 */
export async function mergeCommand(args: string[], out: Output) {
  const { positionals } = parseOptions('merge', args, {});
  if (!positionals.length) {
    throw new UsageError('merge: name the aggregates to merge');
  }
  if (positionals.filter((path) => path === '-').length > 1) {
    throw new UsageError('merge: standard input (-) can be read once');
  }

  let total = await loadAggregate(positionals[0] as string);
  for (const path of positionals.slice(1)) {
    const next = await loadAggregate(path);
    try {
      total = merge(total, next);
    } catch (error) {
      const message = (error as Error).message.replace(/^merge: /, '');
      throw new CliError(`${path}: ${message}`);
    }
  }
  out.write(jsonText(total));
  return 0;
}
