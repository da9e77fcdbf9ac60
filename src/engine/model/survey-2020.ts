import type { Survey } from '../schema/survey.ts';
import {
  economicDevelopmentStatements,
} from './survey-2020/economic-development.ts';
import { environmentStatements } from './survey-2020/environment.ts';
import { governanceStatements } from './survey-2020/governance.ts';
import { habitatStatements } from './survey-2020/habitat.ts';
import { peopleStatements } from './survey-2020/people.ts';
import { qualityOfLifeStatements } from './survey-2020/quality-of-life.ts';

/**
 * The default citizen perception survey for the 2020 edition: statements
 * about the city or territory, at least one per sub-dimension, rated from
 * "strongly disagree" to "strongly agree", written in the project's own
 * words. It asks for no personal data.
 */
export const perceptionSurvey2020: Survey = {
  format: 'sctmm/survey@1',
  id: 'perception-2020',
  version: '1',
  edition: '2020',
  title: {
    es: 'Encuesta de percepción ciudadana sobre ciudades y territorios ' +
      'inteligentes',
    en: 'Citizen perception survey on smart cities and territories',
  },
  intro: {
    es: 'Queremos saber cómo ve su ciudad o territorio. Diga qué tan de ' +
      'acuerdo está con cada frase; si no sabe, elija «No sé». No pedimos ' +
      'su nombre ni ningún dato personal: solo el sector al que pertenece ' +
      'y sus respuestas.',
    en: 'We would like to know how you see your city or territory. Say ' +
      'how much you agree with each sentence; if you are not sure, choose ' +
      '"Don\'t know". We ask for no name and no personal data: only the ' +
      'sector you belong to and your answers.',
  },
  statements: [
    ...governanceStatements,
    ...environmentStatements,
    ...habitatStatements,
    ...qualityOfLifeStatements,
    ...peopleStatements,
    ...economicDevelopmentStatements,
  ],
};
