// A React 18 page that uses the elements as plain tags and passes objects
// to them: React 18 sets every prop of a custom element as an attribute,
// so each object arrives as the text "[object Object]".
import { Fragment, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import assessment from '../../../examples/assessment.json';
import indicators from '../../../examples/indicator-set.json';
import {
  defaultInstrument,
  defaultSurvey,
} from '../../../src/engine/model/index.ts';
import '../../../src/index.ts';

const series = [
  { name: 'Percepción', values: { governance: 3.5, environment: 3.1 } },
];

function App() {
  return createElement(Fragment, null,
    createElement('sctmm-index-badge', { id: 'badge', score: 3.8,
      level: 4 }),
    createElement('sctmm-radar-chart', { id: 'radar', class: 'embed',
      preset: 'dimensions', series }),
    createElement('sctmm-results-table', { id: 'table', class: 'embed',
      indicators }),
    createElement('sctmm-self-diagnosis', { id: 'diagnosis',
      class: 'embed', 'no-persist': true, instrument: defaultInstrument }),
    createElement('sctmm-perception-survey', { id: 'survey',
      class: 'embed', 'no-persist': true, survey: defaultSurvey }),
    createElement('sctmm-maturity-report', { id: 'report', class: 'embed',
      'no-persist': true, assessment }));
}

createRoot(document.getElementById('root')!).render(createElement(App));
