import type { Capacity } from '../../schema/instrument.ts';
import { byLevel } from './by-level.ts';

/**
 * The IT service capacities of the digital infrastructure and interoperability
 * axis: projects and information system lifecycle, and the operation of the
 * technology infrastructure.
 */
export const itServiceCapacities: Capacity[] = [
  {
    kind: 'rubric',
    id: 'information-systems-lifecycle',
    title: {
      es: 'Proyectos y ciclo de vida de los sistemas de información',
      en: 'IT projects and information system lifecycle',
    },
    question: {
      es:
        '¿Cómo gestiona la entidad sus proyectos de TI y el ciclo de vida ' +
        'de sus sistemas de información?',
      en:
        'How does the entity manage its IT projects and the lifecycle of ' +
        'its information systems?',
    },
    options: byLevel([
      {
        es:
          'Los sistemas se compran o desarrollan sin plan de proyecto, ' +
          'requisitos escritos ni pruebas, y nadie planea su mantenimiento ' +
          'o su retiro.',
        en:
          'Systems are bought or built with no project plan, written ' +
          'requirements or testing, and no one plans their maintenance or ' +
          'retirement.',
      },
      {
        es:
          'Las áreas contratan sus sistemas por separado, sin el líder de ' +
          'TI; hay cronogramas, pero no se documentan requisitos ni se ' +
          'controlan los cambios.',
        en:
          'Areas contract their systems separately, without the IT leader; ' +
          'there are schedules, but requirements are not documented and ' +
          'changes are not controlled.',
      },
      {
        es:
          'El líder de TI y el área responsable gestionan cada proyecto ' +
          'con un método, requisitos y pruebas de aceptación, pero cada ' +
          'sistema sigue su propio ciclo.',
        en:
          'The IT leader and the owning area run each project with a ' +
          'method, requirements and acceptance tests, but each system ' +
          'follows its own cycle.',
      },
      {
        es:
          'La entidad tiene un portafolio de proyectos de TI y un ' +
          'procedimiento común para diseñar, construir, probar, desplegar, ' +
          'mantener y retirar sistemas.',
        en:
          'The entity has an IT project portfolio and a common procedure ' +
          'to design, build, test, deploy, maintain and retire systems.',
      },
      {
        es:
          'La entidad reutiliza software público y comparte sus ' +
          'desarrollos con otras entidades territoriales y nacionales, con ' +
          'licencias y documentación que lo permiten.',
        en:
          'The entity reuses public software and shares its developments ' +
          'with other territorial and national agencies, with licenses and ' +
          'documentation that allow it.',
      },
      {
        es:
          'La entidad mide plazos, costos y satisfacción de usuarios de ' +
          'sus proyectos y sistemas, y ajusta su método con esas ' +
          'lecciones.',
        en:
          'The entity measures the schedule, cost and user satisfaction of ' +
          'its projects and systems and adjusts its method with those ' +
          'lessons.',
      },
    ]),
  },
  {
    kind: 'rubric',
    id: 'infrastructure-operation',
    title: {
      es: 'Operación de la infraestructura tecnológica',
      en: 'Technology infrastructure operation',
    },
    question: {
      es: '¿Cómo opera y mantiene la entidad su infraestructura tecnológica?',
      en:
        'How does the entity run and maintain its technology ' +
        'infrastructure?',
    },
    options: byLevel([
      {
        es:
          'Los equipos y las redes se reparan cuando fallan; no hay ' +
          'inventario, mesa de ayuda ni mantenimiento preventivo.',
        en:
          'Equipment and networks are fixed when they fail; there is no ' +
          'inventory, help desk or preventive maintenance.',
      },
      {
        es:
          'Hay un inventario básico y contratos de soporte, pero cada área ' +
          'gestiona sus equipos sin el líder de TI y no hay acuerdos de ' +
          'nivel de servicio.',
        en:
          'There is a basic inventory and support contracts, but each area ' +
          'manages its own equipment without the IT leader and there are ' +
          'no service level agreements.',
      },
      {
        es:
          'El líder de TI y cada área acuerdan cómo operar la ' +
          'infraestructura de sus iniciativas, con soporte y ' +
          'mantenimiento, pero iniciativa por iniciativa.',
        en:
          'The IT leader and each area agree how to run the infrastructure ' +
          'of their initiatives, with support and maintenance, but one ' +
          'initiative at a time.',
      },
      {
        es:
          'La entidad opera su infraestructura de forma centralizada, con ' +
          'catálogo de servicios, acuerdos de nivel de servicio y ' +
          'monitoreo para varias áreas.',
        en:
          'The entity runs its infrastructure centrally, with a service ' +
          'catalog, service level agreements and monitoring for several ' +
          'areas.',
      },
      {
        es:
          'La entidad comparte infraestructura o centros de datos con ' +
          'otras entidades, o contrata servicios mediante los acuerdos ' +
          'marco de Colombia Compra Eficiente.',
        en:
          'The entity shares infrastructure or data centers with other ' +
          'agencies, or buys services through the framework agreements of ' +
          'Colombia Compra Eficiente.',
      },
      {
        es:
          'La entidad mide la disponibilidad y la capacidad de su ' +
          'infraestructura, analiza las causas de las fallas y aplica ' +
          'planes de mejora y de continuidad.',
        en:
          'The entity measures the availability and capacity of its ' +
          'infrastructure, analyzes the root causes of failures and ' +
          'carries out improvement and continuity plans.',
      },
    ]),
  },
];
