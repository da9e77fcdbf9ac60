import type { Statement } from '../../schema/survey.ts';

/** Statements on people: inclusion, education, civic life, equity. */
export const peopleStatements: Statement[] = [
  {
    id: 'sociedad-incluyente-1',
    subdimension: 'sociedad-incluyente',
    text: {
      es: 'Las personas con discapacidad, las personas mayores y las ' +
        'minorías participan plenamente en la vida de mi territorio.',
      en: 'People with disabilities, older people and minorities take a ' +
        'full part in the life of my area.',
    },
  },
  {
    id: 'educacion-1',
    subdimension: 'educacion',
    text: {
      es: 'Los niños, niñas y jóvenes de mi territorio reciben una buena ' +
        'educación.',
      en: 'Children and young people where I live get a good education.',
    },
  },
  {
    id: 'educacion-2',
    subdimension: 'educacion',
    text: {
      es: 'Tengo oportunidades de seguir aprendiendo, también a usar ' +
        'herramientas digitales.',
      en: 'I have chances to keep learning, including how to use digital ' +
        'tools.',
    },
  },
  {
    id: 'cultura-ciudadana-1',
    subdimension: 'cultura-ciudadana',
    text: {
      es: 'La mayoría de la gente aquí respeta las normas de convivencia.',
      en: 'Most people here respect the rules for living together.',
    },
  },
  {
    id: 'equidad-1',
    subdimension: 'equidad',
    text: {
      es: 'Mujeres y hombres tienen las mismas oportunidades en mi ' +
        'territorio.',
      en: 'Women and men have the same opportunities where I live.',
    },
  },
  {
    id: 'equidad-2',
    subdimension: 'equidad',
    text: {
      es: 'Las zonas rurales y los barrios más pobres reciben la misma ' +
        'atención que el resto.',
      en: 'Rural areas and the poorest neighbourhoods get the same ' +
        'attention as everywhere else.',
    },
  },
  {
    id: 'cohesion-social-1',
    subdimension: 'cohesion-social',
    text: {
      es: 'Puedo confiar en mis vecinos y contar con ellos si lo necesito.',
      en: 'I can trust my neighbours and count on them when I need to.',
    },
  },
];
