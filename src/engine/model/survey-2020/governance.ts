import type { Statement } from '../../schema/survey.ts';

/** Statements on governance: openness, coordination, participation. */
export const governanceStatements: Statement[] = [
  {
    id: 'gobierno-abierto-1',
    subdimension: 'gobierno-abierto',
    text: {
      es: 'La alcaldía explica en palabras sencillas en qué gasta el ' +
        'dinero público.',
      en: 'The local government explains in simple words how it spends ' +
        'public money.',
    },
  },
  {
    id: 'gobierno-abierto-2',
    subdimension: 'gobierno-abierto',
    text: {
      es: 'Cuando pido información a una entidad pública, me responden a ' +
        'tiempo.',
      en: 'When I ask a public office for information, I get an answer ' +
        'on time.',
    },
  },
  {
    id: 'gobernanza-multinivel-1',
    subdimension: 'gobernanza-multinivel',
    text: {
      es: 'La alcaldía, la gobernación y el Gobierno nacional se ponen de ' +
        'acuerdo en los proyectos de mi territorio.',
      en: 'The municipal, departmental and national governments agree on ' +
        'the projects for my area.',
    },
  },
  {
    id: 'participacion-ciudadana-1',
    subdimension: 'participacion-ciudadana',
    text: {
      es: 'Tengo formas sencillas de opinar sobre las decisiones que ' +
        'afectan a mi barrio o vereda.',
      en: 'I have easy ways to give my opinion on decisions that affect ' +
        'my neighbourhood or village.',
    },
  },
  {
    id: 'participacion-ciudadana-2',
    subdimension: 'participacion-ciudadana',
    text: {
      es: 'Las autoridades tienen en cuenta lo que propone la ciudadanía.',
      en: 'The authorities take what residents propose into account.',
    },
  },
  {
    id: 'colaboracion-entre-ciudades-y-territorios-1',
    subdimension: 'colaboracion-entre-ciudades-y-territorios',
    text: {
      es: 'Mi municipio se une con otros municipios para resolver ' +
        'problemas que comparten.',
      en: 'My municipality joins forces with others to solve problems ' +
        'they share.',
    },
  },
  {
    id: 'gobierno-digital-1',
    subdimension: 'gobierno-digital',
    text: {
      es: 'Puedo hacer trámites con la alcaldía por internet, sin ir a ' +
        'una oficina.',
      en: 'I can deal with the local government online, without going to ' +
        'an office.',
    },
  },
  {
    id: 'gobierno-digital-2',
    subdimension: 'gobierno-digital',
    text: {
      es: 'Los servicios en línea de la alcaldía son fáciles de usar desde ' +
        'el celular.',
      en: "The local government's online services are easy to use on a " +
        'phone.',
    },
  },
];
