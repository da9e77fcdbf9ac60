import type { Model } from '../schema/model.ts';
import { axes2020 } from './axes-2020.ts';
import { dimensions2020 } from './dimensions-2020.ts';
import { levels2021 } from './levels-2021.ts';
import { modelName } from './model-2020.ts';

/**
 * The 2021 revision of the model on a five-level scale. It keeps the
 * dimensions and axes of 2020; only the levels and their descriptors
 * change, which shows that the level count is data.
 */
export const model2021: Model = {
  format: 'sctmm/model@1',
  edition: '2021',
  name: modelName,
  levels: levels2021,
  scales: {
    perception: [
      {
        es: 'La ciudadanía siente que la situación empeora o no cambia.',
        en: 'Residents feel that conditions are worsening or standing still.',
      },
      {
        es: 'La ciudadanía nota mejoras leves y aisladas.',
        en: 'Residents notice slight, scattered improvements.',
      },
      {
        es: 'La ciudadanía ve avances, pero aún no los siente en su vida.',
        en: 'Residents see progress but do not yet feel it in their lives.',
      },
      {
        es: 'La ciudadanía percibe una mejora clara en su calidad de vida.',
        en: 'Residents perceive a clear improvement in their quality of life.',
      },
      {
        es: 'La ciudadanía percibe una mejora amplia y sostenida.',
        en: 'Residents perceive a broad, lasting improvement.',
      },
    ],
    results: [
      {
        es: 'Los indicadores empeoran o siguen igual que en la línea base.',
        en: 'Indicators are worse than or equal to the baseline.',
      },
      {
        es: 'Los indicadores avanzan poco frente a la línea base.',
        en: 'Indicators improve only slightly on the baseline.',
      },
      {
        es: 'Los indicadores avanzan de forma importante hacia la meta.',
        en: 'Indicators make significant progress towards the target.',
      },
      {
        es: 'Los indicadores superan a los de las ciudades de referencia.',
        en: 'Indicators are better than those of the reference cities.',
      },
      {
        es: 'Los indicadores cumplen la meta y están entre los mejores.',
        en: 'Indicators meet the target and rank among the best.',
      },
    ],
    capacity: [
      {
        es:
          'La tecnología solo sirve de soporte y las iniciativas de TI son ' +
          'aisladas.',
        en:
          'Technology only plays a support role and IT initiatives are ' +
          'isolated.',
      },
      {
        es:
          'El líder de TI y algunas áreas trabajan juntos, pero cada ' +
          'iniciativa funciona aparte.',
        en:
          'The IT leader and some areas work together, but each ' +
          'initiative runs in its own silo.',
      },
      {
        es: 'Varias áreas de la entidad trabajan juntas en las iniciativas.',
        en: 'Several areas of the entity work together on the initiatives.',
      },
      {
        es:
          'Las iniciativas vinculan a otras entidades y actores del ' +
          'departamento, la región y la nación.',
        en:
          'Initiatives bring in other agencies and partners at departmental, ' +
          'regional and national level.',
      },
      {
        es:
          'La entidad mejora sus iniciativas de forma continua a partir de ' +
          'su seguimiento.',
        en:
          'The entity improves its initiatives continuously, based on their ' +
          'monitoring.',
      },
    ],
  },
  dimensions: dimensions2020,
  axes: axes2020,
};
