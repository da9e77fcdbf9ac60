import { columnKey } from './response-mapping.ts';
import type { Issue, ParseResult } from './schema/issues.ts';
import type {
  ColumnTarget,
  ResponseMapping,
} from './schema/response-mapping.ts';
import type { Survey } from './schema/survey.ts';

/** What each column of a responses file holds, read from its header. */
export interface ColumnPlan {
  /** The number of columns of the header. */
  width: number;
  /** The header's names, without the spaces around them. */
  names: string[];
  /** The column of each role, or -1 when the file has none. */
  id: number;
  segment: number;
  submittedAt: number;
  /** The columns that hold ratings, in the survey's order. */
  ratingColumns: number[];
  /** The index in the survey of the statement of each of those. */
  ratingStatements: number[];
  /** The survey's statements no column holds. */
  missing: string[];
  /** Columns the plan does not read and no mapping says to ignore. */
  unknown: string[];
}

const ROLES: Readonly<Record<string, ColumnTarget>> = {
  id: 'id',
  segment: 'segment',
  submittedat: 'submittedAt',
};

function targetOf(
  name: string,
  mapped: ReadonlyMap<string, ColumnTarget>,
  ids: ReadonlySet<string>,
): ColumnTarget | undefined {
  const own = mapped.get(columnKey(name));
  if (own) return own;
  const plain = name.trim().toLowerCase();
  if (Object.hasOwn(ROLES, plain)) return ROLES[plain];
  return ids.has(plain) ? plain : undefined;
}

/**
 * Reads a header: the columns `id`, `segment`, `submittedAt` and one per
 * statement id, in any order, or what `mapping` says each header holds.
 * A statement or role held by two columns, or no statement column at
 * all, makes the file unreadable; other columns are listed as unknown.
 */
export function planColumns(
  header: readonly string[],
  survey: Survey,
  mapping?: ResponseMapping,
): ParseResult<ColumnPlan> {
  const ids = survey.statements.map((statement) => statement.id);
  const known = new Set(ids);
  const mapped = new Map(Object.entries(mapping?.columns ?? {}).map(
    ([name, target]) => [columnKey(name), target]));
  const names = header.map((name) => name.trim());
  const plan: ColumnPlan = {
    width: names.length, names, id: -1, segment: -1, submittedAt: -1,
    ratingColumns: [], ratingStatements: [], missing: [], unknown: [],
  };
  const issues: Issue[] = [];
  const holder = new Map<string, number>();

  names.forEach((name, column) => {
    const target = targetOf(name, mapped, known);
    if (target === 'ignore' || (target === undefined && name === '')) {
      return;
    }
    if (target === undefined) {
      plan.unknown.push(name);
      return;
    }
    const first = holder.get(target);
    if (first !== undefined) {
      issues.push({
        path: 'header',
        message: `columns ${first + 1} and ${column + 1} both hold ` +
          `"${target}"`,
      });
      return;
    }
    holder.set(target, column);
    if (target === 'id' || target === 'segment' ||
      target === 'submittedAt') plan[target] = column;
  });

  ids.forEach((id, i) => {
    const column = holder.get(id);
    if (column === undefined) plan.missing.push(id);
    else {
      plan.ratingColumns.push(column);
      plan.ratingStatements.push(i);
    }
  });
  if (!plan.ratingColumns.length && !issues.length) {
    issues.push({
      path: 'header',
      message: `no column names a statement of survey "${survey.id}"; ` +
        'a file exported by another tool needs a response mapping',
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: plan };
}
