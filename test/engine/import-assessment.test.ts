import { expect } from '@open-wc/testing';
import { assessmentToJson } from '../../src/engine/assessment-format.ts';
import { importAssessment } from '../../src/engine/import-assessment.ts';
import type { Assessment } from '../../src/engine/schema/assessment.ts';
import { capacityOnly, complete, copy } from './assessment-builders.ts';

function imported(json: unknown): Assessment {
  const result = importAssessment(json);
  if (!result.ok) throw new Error(`not imported: ${result.reason}`);
  return result.value;
}

describe('importAssessment: reading documents', () => {
  it('reads a settled assessment as it is, with no notes', () => {
    const result = importAssessment(complete());

    expect(result).to.deep.equal({ ok: true, value: complete(), notes: [] });
  });

  it('reads JSON text, with or without a byte order mark', () => {
    const text = assessmentToJson(complete());

    expect(imported(text)).to.deep.equal(complete());
    expect(imported(`\uFEFF${text}`)).to.deep.equal(complete());
  });

  it('gives back what assessmentToJson wrote', () => {
    const text = assessmentToJson(capacityOnly());

    expect(text.endsWith('}\n')).to.equal(true);
    expect(imported(text)).to.deep.equal(capacityOnly());
  });

  it('reads edition "2020" when the document names none', () => {
    const { edition: _, ...bare } = capacityOnly();

    expect(imported(bare).edition).to.equal('2020');
  });

  it('keeps the optional extras: instrument, responses, roadmap', () => {
    const given = {
      ...capacityOnly(),
      instrument: { id: 'sctmm-capacity', version: '1.0.0' },
      responses: { 'mission-architecture': 1 },
      roadmap: {
        updatedAt: '2026-12-01T10:00:00Z',
        steps: { strategy: 'done', baseline: 'in-progress' },
      },
    };

    expect(imported(given)).to.deep.equal(given);
  });
});

describe('importAssessment: documents it refuses', () => {
  it('says text that is not JSON is not JSON', () => {
    const result = importAssessment('{ "format": ');

    expect(result).to.deep.include({ ok: false, code: 'not-json',
      issues: [] });
  });

  it('names the format of another kind of document', () => {
    const snapshot = {
      format: 'sctmm/index-snapshot@1',
      entity: { name: 'X' },
      measuredAt: '2026-06-30',
      index: { score: 3.8, level: 4 },
    };

    const result = importAssessment(snapshot);

    expect(result).to.deep.include({ ok: false, code: 'not-assessment',
      found: 'sctmm/index-snapshot@1' });
    expect(result.ok || result.reason).to.match(/not an assessment/);
  });

  it('says a newer version of the format cannot be read yet', () => {
    const result = importAssessment({
      ...capacityOnly(), format: 'sctmm/assessment@2' });

    expect(result).to.deep.include({ ok: false, code: 'newer-version',
      version: 2 });
    expect(result.ok || result.reason).to.match(/reads up to version 1/);
  });

  it('says a document without a format tag may not be an assessment',
    () => {
      const { format: _, ...untagged } = capacityOnly();

      const results = [untagged, [untagged], 42, null]
        .map((value) => importAssessment(value));

      for (const result of results) {
        expect(result).to.deep.include({ ok: false, code: 'no-format',
          issues: [] });
        expect(result.ok || result.reason).to.match(/no format tag/);
      }
    });

  it('says an older version of the format cannot be read', () => {
    const result = importAssessment({
      ...capacityOnly(), format: 'sctmm/assessment@0' });

    expect(result).to.deep.include({ ok: false, code: 'older-version',
      version: 0, issues: [] });
    expect(result.ok || result.reason).to.match(/older than any/);
  });

  it('names the path of each broken field', () => {
    const bad = copy(capacityOnly()) as Record<string, unknown>;
    bad.measuredAt = '30/11/2026';
    (bad.capacity as { axes: { score: number }[] }).axes[1]!.score = -1;

    const result = importAssessment(bad);

    expect(result.ok || result.issues.map((i) => i.path)).to.deep.equal([
      'measuredAt', 'capacity.axes[1].score']);
  });

  it('refuses an axis the model does not have', () => {
    const bad = copy(capacityOnly());
    bad.capacity!.axes[0]!.id = 'astrology';

    const result = importAssessment(bad);

    expect(result.ok || result.issues).to.deep.equal([{
      path: 'capacity.axes[0].id',
      message: '"astrology" is not an enabling axis of the model',
    }]);
  });

  it('refuses a dimension listed twice and a sub-dimension of another ' +
    'dimension', () => {
    const bad = copy(complete());
    bad.perception!.dimensions[1]!.id = 'governance';
    bad.results!.dimensions[1]!.subdimensions[0]!.id = 'gobierno-abierto';

    const result = importAssessment(bad);

    // Habitat's sub-dimension, now under a second "governance", is not
    // one of governance's either.
    expect(result.ok || result.issues.map((i) => i.path)).to.deep.equal([
      'perception.dimensions[1].id',
      'perception.dimensions[1].subdimensions[0].id',
      'results.dimensions[1].subdimensions[0].id',
    ]);
  });

  it('refuses a score above the top of its edition\'s scale', () => {
    const seven = copy(capacityOnly());
    seven.capacity!.axes[4]!.score = 7;
    const six = { ...copy(capacityOnly()), edition: '2021' };
    six.capacity!.axes[4]!.score = 6;

    const results = [importAssessment(seven), importAssessment(six)];

    expect(results.map((r) => r.ok || r.issues)).to.deep.equal([
      [{ path: 'capacity.axes[4].score', message: 'expected at most 6' }],
      [{ path: 'capacity.axes[4].score', message: 'expected at most 5' }],
    ]);
  });

  it('leaves the value given untouched when it refuses it', () => {
    const bad = copy(capacityOnly());
    bad.capacity!.axes[0]!.id = 'astrology';
    const before = JSON.stringify(bad);

    importAssessment(bad);

    expect(JSON.stringify(bad)).to.equal(before);
  });
});
