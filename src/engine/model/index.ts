import { capacityInstrument2020 } from './instrument-2020.ts';
import { model2020 } from './model-2020.ts';
import { perceptionSurvey2020 } from './survey-2020.ts';

export { capacityInstrument2020 } from './instrument-2020.ts';
export { model2020 } from './model-2020.ts';
export { model2021 } from './model-2021.ts';
export { levels2020 } from './levels-2020.ts';
export { levels2021 } from './levels-2021.ts';
export { axisNames2020, dimensionNames2020 } from './names-2020.ts';
export { indicatorCatalogue2020 } from './indicators-2020.ts';
export { perceptionSurvey2020 } from './survey-2020.ts';

/** The model the components use when the host gives none: 2020. */
export const defaultModel = model2020;

/** The capacity questionnaire used when the host gives none. */
export const defaultInstrument = capacityInstrument2020;

/** The citizen perception survey used when the host gives none. */
export const defaultSurvey = perceptionSurvey2020;
