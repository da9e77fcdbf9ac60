import type { Statement } from '../../schema/survey.ts';

/** Statements on the environment: resources, quality, risks, waste. */
export const environmentStatements: Statement[] = [
  {
    id: 'gestion-de-recursos-1',
    subdimension: 'gestion-de-recursos',
    text: {
      es: 'En mi territorio se cuida el agua y se invita a no ' +
        'desperdiciarla.',
      en: 'Water is looked after in my area and people are urged not to ' +
        'waste it.',
    },
  },
  {
    id: 'calidad-ambiental-1',
    subdimension: 'calidad-ambiental',
    text: {
      es: 'El aire que respiro donde vivo es limpio.',
      en: 'The air I breathe where I live is clean.',
    },
  },
  {
    id: 'calidad-ambiental-2',
    subdimension: 'calidad-ambiental',
    text: {
      es: 'Los ríos, quebradas y zonas verdes cercanas están bien ' +
        'conservados.',
      en: 'Nearby rivers, streams and green areas are in good condition.',
    },
  },
  {
    id: 'gestion-de-riesgos-1',
    subdimension: 'gestion-de-riesgos',
    text: {
      es: 'Sé qué hacer y a dónde ir si hay una inundación, un ' +
        'deslizamiento o un temblor.',
      en: 'I know what to do and where to go if there is a flood, a ' +
        'landslide or an earthquake.',
    },
  },
  {
    id: 'gestion-de-residuos-1',
    subdimension: 'gestion-de-residuos',
    text: {
      es: 'La recolección de basuras en mi sector funciona bien.',
      en: 'Rubbish collection in my area works well.',
    },
  },
  {
    id: 'gestion-de-residuos-2',
    subdimension: 'gestion-de-residuos',
    text: {
      es: 'Es fácil separar mis residuos y entregarlos para reciclar.',
      en: 'It is easy to sort my waste and hand it in for recycling.',
    },
  },
  {
    id: 'cambio-climatico-1',
    subdimension: 'cambio-climatico',
    text: {
      es: 'Mi territorio se prepara para las sequías, las lluvias fuertes ' +
        'y otros efectos del cambio climático.',
      en: 'My area is getting ready for droughts, heavy rain and other ' +
        'effects of climate change.',
    },
  },
];
