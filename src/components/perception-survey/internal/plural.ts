import type { Lang } from '../../../engine/schema/common.ts';
import { fill, localeOf } from '../../shared/localize.ts';
import type { PluralMessage } from '../messages.ts';

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The form of `message` that `count` takes in `lang` (as
 * `Intl.PluralRules` says), its placeholders filled with `count` and
 * `values`.
 */
export function plural(
  lang: Lang,
  message: PluralMessage,
  count: number,
  values: Record<string, string | number> = {},
): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(localeOf(lang));
    rules.set(lang, rule);
  }
  const form = rule.select(count) === 'one' ? message.one : message.other;
  return fill(form, { ...values, count });
}
