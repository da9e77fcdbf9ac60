import type { Statement } from '../../schema/survey.ts';

/** Statements on habitat: utilities, infrastructure, mobility, space. */
export const habitatStatements: Statement[] = [
  {
    id: 'servicios-publicos-1',
    subdimension: 'servicios-publicos',
    text: {
      es: 'En mi casa el agua, la luz y el gas llegan sin cortes ' +
        'frecuentes.',
      en: 'At home, water, power and gas arrive without frequent cuts.',
    },
  },
  {
    id: 'infraestructuras-inteligentes-1',
    subdimension: 'infraestructuras-inteligentes',
    text: {
      es: 'El alumbrado, los semáforos y otras redes públicas usan ' +
        'tecnología para funcionar mejor.',
      en: 'Street lights, traffic lights and other public networks use ' +
        'technology to work better.',
    },
  },
  {
    id: 'infraestructuras-inteligentes-2',
    subdimension: 'infraestructuras-inteligentes',
    text: {
      es: 'Hay zonas de wifi gratis en lugares públicos cerca de mí.',
      en: 'There are free wifi zones in public places near me.',
    },
  },
  {
    id: 'movilidad-inteligente-1',
    subdimension: 'movilidad-inteligente',
    text: {
      es: 'Moverme por mi ciudad o territorio me toma un tiempo razonable.',
      en: 'Getting around my city or territory takes a reasonable time.',
    },
  },
  {
    id: 'movilidad-inteligente-2',
    subdimension: 'movilidad-inteligente',
    text: {
      es: 'Puedo consultar en el celular las rutas y horarios del ' +
        'transporte público.',
      en: 'I can check public transport routes and times on my phone.',
    },
  },
  {
    id: 'movilidad-inteligente-3',
    subdimension: 'movilidad-inteligente',
    text: {
      es: 'Caminar o andar en bicicleta por mi ciudad o territorio es ' +
        'seguro.',
      en: 'Walking or cycling around my city or territory is safe.',
    },
  },
  {
    id: 'gestion-del-espacio-publico-1',
    subdimension: 'gestion-del-espacio-publico',
    text: {
      es: 'Los parques, andenes y plazas están limpios y en buen estado.',
      en: 'Parks, pavements and squares are clean and in good repair.',
    },
  },
];
