import { expect } from '@open-wc/testing';
import { demoIndicatorCsv } from '../../scripts/results-example/demo-csv.ts';
import {
  DEMO_ENTITY,
  demoIndicatorSet,
} from '../../scripts/results-example/demo-set.ts';
import { indicatorSetFromCsv } from '../../src/engine/indicators-csv.ts';
import { parseIndicatorSet } from '../../src/engine/parse-indicators.ts';
import { scoreResults } from '../../src/engine/results.ts';

async function example(name: string): Promise<Response> {
  const response = await fetch(`/examples/${name}`, { cache: 'no-store' });
  expect(response.ok, `examples/${name}`).to.equal(true);
  return response;
}

describe('the demo indicator set', () => {
  it('is a valid set of the 2020 edition', () => {
    const parsed = parseIndicatorSet(demoIndicatorSet());

    expect(parsed.ok ? [] : parsed.issues).to.deep.equal([]);
  });

  it('shows every branch of the level rule with both polarities', () => {
    const set = demoIndicatorSet();

    const result = scoreResults(set);

    expect(new Set(result.indicators.map((r) => r.reason))).to.deep.equal(
      new Set(['worse', 'unchanged', 'national-best', 'above-peers',
        'substantial', 'incipient', 'self-rated', 'missing-data']));
    const lower = set.indicators.filter((i) => i.polarity === 'lower')
      .map((i) => result.indicators.find((r) => r.id === i.id)!.trend);
    expect(lower).to.include.members(['better', 'worse']);
  });

  it('is written to examples/indicator-set.json as generated', async () => {
    const response = await example('indicator-set.json');

    expect(await response.json()).to.deep.equal(demoIndicatorSet());
  });

  it('is written to examples/indicator-set.csv as generated', async () => {
    const response = await example('indicator-set.csv');

    expect(await response.text()).to.equal(
      demoIndicatorCsv(demoIndicatorSet()));
  });

  it('reads back from its CSV as the same set', () => {
    const set = demoIndicatorSet();

    const read = indicatorSetFromCsv(demoIndicatorCsv(set),
      { entity: DEMO_ENTITY });

    expect(read.problems).to.deep.equal([]);
    expect(read.delimiter).to.equal(';');
    expect(read.value).to.deep.equal(set);
  });
});
