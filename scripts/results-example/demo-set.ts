import { indicatorCatalogue2020 } from '../../src/engine/model/index.ts';
import {
  INDICATOR_SET_FORMAT,
  type Indicator,
  type IndicatorSet,
  type Observation,
} from '../../src/engine/schema/indicators.ts';
import { type DemoValues, type Seen, demoValues } from './values.ts';

/** The fictional municipality of the demo. */
export const DEMO_ENTITY = {
  name: 'Alcaldía de San Isidro del Valle',
  divipola: '76999',
};

const observation = ([value, period]: Seen): Observation => ({
  value,
  period,
});

function indicatorOf(values: DemoValues): Indicator {
  const definition = indicatorCatalogue2020.find((d) => d.id === values.id);
  if (!definition) throw new Error(`no catalogue indicator ${values.id}`);
  const { baseline, current, target, peers, peerValues, selfRated } =
    values;
  return {
    ...definition,
    ...(baseline ? { baseline: observation(baseline) } : {}),
    ...(current ? { current: observation(current) } : {}),
    ...(target ? { target: observation(target) } : {}),
    ...(peers ? { peers: { average: peers[0], best: peers[1] } } : {}),
    ...(peerValues ? { peerValues: [...peerValues] } : {}),
    ...(selfRated ? { selfRated } : {}),
  };
}

/**
 * The indicator set of the demo: catalogue indicators of every
 * dimension with invented values, in the catalogue's order.
 */
export function demoIndicatorSet(): IndicatorSet {
  const order = indicatorCatalogue2020.map((d) => d.id);
  const values = [...demoValues].sort((a, b) =>
    order.indexOf(a.id) - order.indexOf(b.id));
  return {
    format: INDICATOR_SET_FORMAT,
    edition: '2020',
    entity: { ...DEMO_ENTITY },
    indicators: values.map(indicatorOf),
  };
}
