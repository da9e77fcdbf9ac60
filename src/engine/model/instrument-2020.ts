import type { Instrument } from '../schema/instrument.ts';
import {
  analyticsDataManagement,
} from './instrument-2020/analytics-data-management.ts';
import {
  digitalInfrastructureInteroperability,
} from './instrument-2020/digital-infrastructure-interoperability.ts';
import {
  institutionalityInnovation,
} from './instrument-2020/institutionality-innovation.ts';
import {
  leadershipHumanCapital,
} from './instrument-2020/leadership-human-capital.ts';
import { technologyStandards } from './instrument-2020/technology-standards.ts';

/**
 * The default capacity self-diagnosis for the 2020 edition: 19 rubric
 * questions over the five enabling axes, written in the project's own
 * words. Each option says what an entity at that level does.
 */
export const capacityInstrument2020: Instrument = {
  format: 'sctmm/instrument@1',
  id: 'sctmm-capacity',
  version: '1.0.0',
  edition: '2020',
  levels: 6,
  title: {
    es:
      'Autodiagnóstico de capacidades para ciudades y territorios ' +
      'inteligentes',
    en: 'Capacity self-diagnosis for smart cities and territories',
  },
  axes: [
    institutionalityInnovation,
    digitalInfrastructureInteroperability,
    leadershipHumanCapital,
    technologyStandards,
    analyticsDataManagement,
  ],
};
