import type { Model } from '../schema/model.ts';
import { axes2020 } from './axes-2020.ts';
import { dimensions2020 } from './dimensions-2020.ts';
import { levels2020 } from './levels-2020.ts';

/** The model's name, the same in every edition. */
export const modelName = {
  es: 'Modelo de Madurez de Ciudades y Territorios Inteligentes',
  en: 'Smart Cities and Territories Maturity Model',
};

/**
 * The 2020 edition of the maturity model: six levels, six dimensions with
 * 29 sub-dimensions and five enabling axes. The level descriptors of the
 * three measurements are the project's own rewording of the model's tables.
 */
export const model2020: Model = {
  format: 'sctmm/model@1',
  edition: '2020',
  name: modelName,
  levels: levels2020,
  scales: {
    perception: [
      {
        es: 'La ciudadanía siente que la situación del territorio empeora.',
        en: 'Residents feel that conditions in the territory are worsening.',
      },
      {
        es: 'La ciudadanía no nota avances en el territorio.',
        en: 'Residents notice no progress in the territory.',
      },
      {
        es: 'La ciudadanía nota una mejora leve en algunos aspectos.',
        en: 'Residents notice a slight improvement in some areas.',
      },
      {
        es: 'La ciudadanía ve avances, pero aún no los siente en su vida.',
        en: 'Residents see progress but do not yet feel it in their lives.',
      },
      {
        es: 'La ciudadanía percibe una mejora clara en el territorio.',
        en: 'Residents perceive a clear improvement in the territory.',
      },
      {
        es: 'La ciudadanía percibe una mejora amplia y evidente.',
        en: 'Residents perceive a broad, unmistakable improvement.',
      },
    ],
    results: [
      {
        es: 'Los indicadores están peor que en la línea base.',
        en: 'Indicators are worse than at the baseline.',
      },
      {
        es: 'Los indicadores siguen igual que en la línea base.',
        en: 'Indicators are unchanged from the baseline.',
      },
      {
        es: 'Los indicadores avanzan poco y los problemas persisten.',
        en: 'Indicators move only slightly and the problems persist.',
      },
      {
        es: 'Los indicadores muestran un avance importante.',
        en: 'Indicators show significant progress.',
      },
      {
        es: 'Los indicadores superan el promedio de otras ciudades.',
        en: 'Indicators are better than the average of other cities.',
      },
      {
        es: 'Los indicadores están en el grupo de mejor desempeño del país.',
        en: "Indicators rank in the country's top-performing group.",
      },
    ],
    capacity: [
      {
        es:
          'La tecnología solo sirve de soporte y cada iniciativa de TI va ' +
          'por su lado.',
        en:
          'Technology only plays a support role and each IT initiative ' +
          'runs on its own.',
      },
      {
        es:
          'El líder de TI no participa, las iniciativas no apuntan a ' +
          'ciudad inteligente y los sistemas no se integran.',
        en:
          'The IT leader takes no part, initiatives do not aim at smart ' +
          'city goals and systems are not integrated.',
      },
      {
        es:
          'El líder de TI y el área dueña del problema lideran juntos, ' +
          'pero cada iniciativa funciona aparte.',
        en:
          'The IT leader and the area that owns the problem lead jointly, ' +
          'but each initiative works in its own silo.',
      },
      {
        es: 'Varias áreas de la entidad trabajan juntas en las iniciativas.',
        en: 'Several areas of the entity work together on the initiatives.',
      },
      {
        es:
          'Las iniciativas vinculan a actores departamentales, regionales y ' +
          'nacionales.',
        en:
          'Initiatives bring in departmental, regional and national ' +
          'partners.',
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
