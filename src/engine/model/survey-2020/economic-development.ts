import type { Statement } from '../../schema/survey.ts';

/** Statements on economic development: business, knowledge, jobs. */
export const economicDevelopmentStatements: Statement[] = [
  {
    id: 'emprendimiento-e-innovacion-1',
    subdimension: 'emprendimiento-e-innovacion',
    text: {
      es: 'Aquí es fácil empezar un negocio o un emprendimiento.',
      en: 'It is easy to start a business or a venture here.',
    },
  },
  {
    id: 'economia-del-conocimiento-1',
    subdimension: 'economia-del-conocimiento',
    text: {
      es: 'Universidades, empresas y gobierno local trabajan juntos en ' +
        'investigación y proyectos nuevos.',
      en: 'Universities, businesses and the local government work together ' +
        'on research and new projects.',
    },
  },
  {
    id: 'transformacion-digital-1',
    subdimension: 'transformacion-digital',
    text: {
      es: 'Los negocios de mi sector aceptan pagos digitales y atienden ' +
        'por internet.',
      en: 'Businesses in my area take digital payments and serve customers ' +
        'online.',
    },
  },
  {
    id: 'entorno-productivo-y-competitivo-1',
    subdimension: 'entorno-productivo-y-competitivo',
    text: {
      es: 'Mi ciudad o territorio atrae inversión y empresas nuevas.',
      en: 'My city or territory draws investment and new companies.',
    },
  },
  {
    id: 'economia-circular-1',
    subdimension: 'economia-circular',
    text: {
      es: 'Las empresas de mi territorio reutilizan materiales y botan ' +
        'menos.',
      en: 'Businesses in my area reuse materials and throw less away.',
    },
  },
  {
    id: 'empleo-1',
    subdimension: 'empleo',
    text: {
      es: 'Quien busca trabajo aquí puede encontrar un empleo formal.',
      en: 'People looking for work here can find a formal job.',
    },
  },
  {
    id: 'empleo-2',
    subdimension: 'empleo',
    text: {
      es: 'Los empleos que hay pagan lo suficiente para vivir bien.',
      en: 'The jobs on offer pay enough to live well.',
    },
  },
];
