import { issueToString } from '../../../engine/schema/issues.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import type { DocumentError } from '../../shared/load-document.ts';
import { fill } from '../../shared/localize.ts';
import { warnOnce } from '../../shared/warn.ts';
import { messages } from '../messages.ts';
import type { TableContext } from './context.ts';
import { UnknownFormatError } from './load.ts';
import { RuleError } from './score.ts';

/** Where unusable indicators came from. */
export type Origin = 'attribute' | 'property' | 'src';

/** Indicators that cannot be shown, and where they came from. */
export interface Failure {
  error: DocumentError;
  origin: Origin;
  /** The URL, for `src`. */
  src?: string;
}

const documentName = { es: messages.es.document, en: messages.en.document };

/** A localized sentence that says what is wrong and where. */
export function describeFailure(
  ctx: Pick<TableContext, 'lang' | 't'>,
  failure: Failure,
): string {
  const { error, origin, src } = failure;
  if (error instanceof RuleError) {
    if (error.levels === undefined) return ctx.t.ruleInvalid;
    return fill(ctx.t.ruleError, {
      edition: error.edition,
      levels: error.levels,
    });
  }
  const source = origin === 'src' ? `src="${src}"` : ctx.t[origin];
  if (error instanceof UnknownFormatError) {
    return fill(ctx.t.unknownFormat, { source });
  }
  return errorMessage(ctx.lang, error.code, documentName, {
    source,
    status: error.status,
    property: 'indicators',
  });
}

/** Tells the developer, once, what is wrong with the indicators. */
export function warnFailure(el: Element, failure: Failure, message: string) {
  const issues = failure.error.issues.map(issueToString).join('; ');
  const code = failure.error instanceof RuleError
    ? 'rule-does-not-fit'
    : failure.origin === 'src' ? 'indicators-unavailable'
    : 'invalid-indicators';
  warnOnce(code, el, issues ? `${message} ${issues}` : message);
}
