import { levelCount } from './levels.ts';
import type { Instrument } from './schema/instrument.ts';
import { InstrumentSchema } from './schema/instrument.ts';
import type { Issue, ParseResult } from './schema/issues.ts';
import { safeParse } from './schema/issues.ts';
import type { Model } from './schema/model.ts';
import { ModelSchema } from './schema/model.ts';

/**
 * The checks a schema cannot express: one rubric option per level, in
 * order; statement levels within the scale; ids unique across the
 * instrument; axes and level count that belong to `model`.
 */
export function instrumentIssues(
  instrument: Instrument,
  model?: Model,
): Issue[] {
  const issues: Issue[] = [];
  const L = instrument.levels;

  if (model && levelCount(model) !== L) {
    issues.push({
      path: 'levels',
      message: `expected ${levelCount(model)} (the levels of the ` +
        `${model.edition} model), got ${L}`,
    });
  }

  const axisIds = new Set(model?.axes.map((axis) => axis.id));
  const seen = new Set<string>();
  const claim = (id: string, path: string) => {
    if (seen.has(id)) {
      issues.push({ path, message: `duplicate id "${id}"` });
    }
    seen.add(id);
  };

  const axesSeen = new Set<string>();
  instrument.axes.forEach((axis, a) => {
    const axisPath = `axes[${a}]`;
    if (axesSeen.has(axis.id)) {
      issues.push({
        path: `${axisPath}.id`,
        message: `duplicate axis "${axis.id}"`,
      });
    }
    axesSeen.add(axis.id);
    if (model && !axisIds.has(axis.id)) {
      issues.push({
        path: `${axisPath}.id`,
        message: `unknown axis "${axis.id}"`,
      });
    }
    axis.capacities.forEach((capacity, c) => {
      const path = `${axisPath}.capacities[${c}]`;
      claim(capacity.id, `${path}.id`);
      if (capacity.kind === 'rubric') {
        const { options } = capacity;
        if (options.length !== L) {
          issues.push({
            path: `${path}.options`,
            message: `expected ${L} options, got ${options.length}`,
          });
        }
        options.forEach((option, o) => {
          if (option.level !== o + 1) {
            issues.push({
              path: `${path}.options[${o}].level`,
              message: `expected ${o + 1}, got ${option.level}`,
            });
          }
        });
      } else {
        capacity.statements.forEach((statement, s) => {
          claim(statement.id, `${path}.statements[${s}].id`);
          if (statement.level > L) {
            issues.push({
              path: `${path}.statements[${s}].level`,
              message: `expected at most ${L}, got ${statement.level}`,
            });
          }
        });
      }
    });
  });
  return issues;
}

/**
 * Parses an instrument document and checks it against `model` when one
 * is given; never throws.
 */
export function parseInstrument(
  data: unknown,
  model?: Model,
): ParseResult<Instrument> {
  const parsed = safeParse(InstrumentSchema, data);
  if (!parsed.ok) return parsed;
  const issues = instrumentIssues(parsed.value, model);
  return issues.length ? { ok: false, issues } : parsed;
}

/** Parses a model document; never throws. */
export function parseModel(data: unknown): ParseResult<Model> {
  const parsed = safeParse(ModelSchema, data);
  if (!parsed.ok) return parsed;
  const L = levelCount(parsed.value);
  const issues: Issue[] = [];
  parsed.value.levels.forEach((info, i) => {
    if (info.level !== i + 1) {
      issues.push({
        path: `levels[${i}].level`,
        message: `expected ${i + 1}, got ${info.level}`,
      });
    }
  });
  for (const [name, scale] of Object.entries(parsed.value.scales)) {
    if (scale.length !== L) {
      issues.push({
        path: `scales.${name}`,
        message: `expected ${L} descriptors, got ${scale.length}`,
      });
    }
  }
  return issues.length ? { ok: false, issues } : parsed;
}
