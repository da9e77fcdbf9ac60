import { type Issue, issueToString } from './schema/issues.ts';

/**
 * Thrown when a survey response cannot be counted: a rating outside the
 * scale, a statement the survey does not have, a segment that does not
 * exist or a response to another survey. `issues` names each fault by its
 * path in the response (e.g. `answers.empleo-1`), and the message repeats
 * them after the response they belong to.
 */
export class PerceptionInputError extends Error {
  override readonly name = 'PerceptionInputError';

  /** Every fault found in the response. */
  readonly issues: Issue[];

  /** Which response: `response "r-12"`, or `response 3` by position. */
  readonly response: string | undefined;

  constructor(issues: Issue[], response?: string) {
    const list = issues.map(issueToString).join('; ');
    super(response ? `${response}: ${list}` : list);
    this.issues = issues;
    this.response = response;
  }
}
