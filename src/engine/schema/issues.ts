import type * as z from 'zod/mini';

/** One problem found in a document: where it is and what is wrong. */
export interface Issue {
  /** Where in the document, e.g. `axes[2].capacities[0].options`. */
  path: string;
  /** What is wrong, in plain English, e.g. `expected 6 options, got 5`. */
  message: string;
}

/** What parsing a document gives: the value, or the issues found. */
export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; issues: Issue[] };

type ZodIssue = z.core.$ZodIssue;

/** Writes a zod path as a reader would: `axes[2].capacities[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(document)';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function messageOf(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        return `not a finite number (got ${issue.input})`;
      }
      return `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'too_small':
      return `expected at least ${issue.minimum}` +
        (issue.origin === 'array' ? ' items' : '');
    case 'too_big':
      return `expected at most ${issue.maximum}` +
        (issue.origin === 'array' ? ' items' : '');
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.message !== 'Invalid input'
        ? issue.message
        : `expected the ${issue.format} format`;
    case 'unrecognized_keys':
      return `unknown keys: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    case 'invalid_key':
    case 'invalid_element': {
      const inner = issue.issues[0];
      return inner ? messageOf(inner) : 'invalid key';
    }
    default:
      return issue.message;
  }
}

/** Turns zod's issues into readable, path-named ones. */
export function toIssues(issues: readonly ZodIssue[]): Issue[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path),
    message: messageOf(issue),
  }));
}

/** Formats an issue as one line: `path: message`. */
export function issueToString(issue: Issue): string {
  return `${issue.path}: ${issue.message}`;
}

/** Parses `data` with `schema`, never throwing. */
export function safeParse<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
): ParseResult<z.infer<S>> {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: toIssues(parsed.error.issues) };
}
