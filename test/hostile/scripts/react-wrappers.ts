// A React 18 page that uses every wrapper of sctmm/react with objects
// and event handlers, and leaves on `window.__react` what the test
// checks: the elements, the objects given, and the events received.
import { Fragment, createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import assessmentJson from '../../../examples/assessment.json';
import indicatorsJson from '../../../examples/indicator-set.json';
import snapshotJson from '../../../examples/index-snapshot.json';
import {
  defaultInstrument,
  defaultSurvey,
} from '../../../src/engine/model/index.ts';
import type { IndicatorSet } from '../../../src/engine/schema/indicators.ts';
import type {
  IndexSnapshot,
} from '../../../src/engine/schema/index-snapshot.ts';
import type {
  SctmmIndexBadge,
  SctmmMaturityReport,
  SctmmPerceptionSurvey,
  SctmmRadarChart,
  SctmmResultsTable,
  SctmmSelfDiagnosis,
} from '../../../src/index.ts';
import {
  IndexBadge,
  MaturityReport,
  PerceptionSurvey,
  RadarChart,
  ResultsTable,
  SelfDiagnosis,
} from '../../../src/react/index.ts';

const data = {
  snapshot: snapshotJson as unknown as IndexSnapshot,
  series: [{ name: 'Percepción', values: { governance: 3.5,
    environment: 3.1, habitat: 4.2 } }],
  indicators: indicatorsJson as unknown as IndicatorSet,
  instrument: defaultInstrument,
  responses: Object.fromEntries(defaultInstrument.axes.flatMap((axis) =>
    axis.capacities.map((capacity) => [capacity.id, 3]))),
  survey: defaultSurvey,
  assessment: assessmentJson,
};

const calls: Record<string, unknown[]> = {};
const refs = {
  badge: createRef<SctmmIndexBadge>(),
  radar: createRef<SctmmRadarChart>(),
  table: createRef<SctmmResultsTable>(),
  diagnosis: createRef<SctmmSelfDiagnosis>(),
  survey: createRef<SctmmPerceptionSurvey>(),
  report: createRef<SctmmMaturityReport>(),
};

/** A handler that keeps the detail of each event it receives. */
function record(name: string) {
  return (event: CustomEvent) => {
    (calls[name] ??= []).push(event.detail);
  };
}

function App() {
  return createElement(Fragment, null,
    createElement(IndexBadge, { ref: refs.badge, id: 'badge',
      variant: 'card', snapshot: data.snapshot }),
    createElement(IndexBadge, { src: '/examples/index-snapshot.json',
      onSctmmUpdate: (event) => record('badge update')(event) }),
    createElement(IndexBadge, { src: '/missing.json',
      onSctmmError: (event) => record(`badge ${event.detail.code}`)(event) }),
    createElement(RadarChart, { ref: refs.radar, id: 'radar',
      className: 'embed', preset: 'dimensions', series: data.series }),
    createElement(RadarChart, { series: JSON.parse('{"not":"a list"}'),
      onSctmmError: record('radar error') }),
    createElement(ResultsTable, { ref: refs.table, id: 'table',
      className: 'embed', indicators: data.indicators }),
    createElement(ResultsTable, { src: '/examples/indicator-set.json',
      onSctmmLoad: (event) => record(`table load ${event.detail.format}`)(
        event) }),
    createElement(SelfDiagnosis, { ref: refs.diagnosis, id: 'diagnosis',
      className: 'embed', noPersist: true, instrument: data.instrument,
      responses: data.responses, onSctmmChange: record('diagnosis change'),
      onSctmmComplete: record('diagnosis complete') }),
    createElement(PerceptionSurvey, { ref: refs.survey, id: 'survey',
      className: 'embed', noPersist: true, survey: data.survey,
      onSctmmSubmit: (event) => record('survey submit')(event) }),
    createElement(MaturityReport, { ref: refs.report, id: 'report',
      className: 'embed', noPersist: true, assessment: data.assessment,
      onSctmmRoadmapChange: record('report roadmap') }),
    createElement(MaturityReport, { noPersist: true,
      assessment: { format: 'sctmm/unknown@1' },
      onSctmmError: (event) => record(`report ${event.detail.reason}`)(
        event) }));
}

Object.assign(window, { __react: { data, calls, refs } });
createRoot(document.getElementById('root')!).render(createElement(App));
