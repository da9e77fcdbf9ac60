import type { Statement } from '../../schema/survey.ts';

/** Statements on quality of life: well-being, safety, health, leisure. */
export const qualityOfLifeStatements: Statement[] = [
  {
    id: 'bienestar-1',
    subdimension: 'bienestar',
    text: {
      es: 'En general, vivir aquí me permite llevar una vida digna.',
      en: 'On the whole, living here lets me lead a decent life.',
    },
  },
  {
    id: 'seguridad-1',
    subdimension: 'seguridad',
    text: {
      es: 'Siento tranquilidad al caminar de noche por mi barrio o vereda.',
      en: 'I feel at ease walking around my neighbourhood or village at ' +
        'night.',
    },
  },
  {
    id: 'seguridad-2',
    subdimension: 'seguridad',
    text: {
      es: 'Cuando alguien denuncia un delito, las autoridades actúan.',
      en: 'When someone reports a crime, the authorities act on it.',
    },
  },
  {
    id: 'salud-1',
    subdimension: 'salud',
    text: {
      es: 'Consigo una cita médica en un tiempo razonable.',
      en: "I can get a doctor's appointment within a reasonable time.",
    },
  },
  {
    id: 'salud-2',
    subdimension: 'salud',
    text: {
      es: 'Puedo pedir citas médicas o ver mis resultados por internet.',
      en: 'I can book medical appointments or see my results online.',
    },
  },
  {
    id: 'ocio-1',
    subdimension: 'ocio',
    text: {
      es: 'Hay actividades culturales, deportivas y de recreación cerca de ' +
        'donde vivo.',
      en: 'There are cultural, sports and leisure activities near where I ' +
        'live.',
    },
  },
];
