import type { ColumnPlan } from '../engine/response-columns.ts';
import type { Output } from './output.ts';
import { counted } from './plural.ts';

function list(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((name) => JSON.stringify(name));
  const more = names.length > 10 ? `, and ${names.length - 10} more` : '';
  return shown.join(', ') + more;
}

/**
 * Says once per file what its header left out: columns that were not
 * read, and statements no column holds (counted as "don't know").
 */
export function reportPlan(name: string, plan: ColumnPlan, out: Output) {
  if (plan.unknown.length) {
    out.error(`${name}: ${counted(plan.unknown.length, 'unknown column')} ` +
      `ignored: ${list(plan.unknown)}`);
  }
  if (plan.missing.length) {
    out.error(`${name}: no column for ` +
      `${counted(plan.missing.length, 'statement')} of the survey, ` +
      `counted as don't know: ${list(plan.missing)}`);
  }
}
