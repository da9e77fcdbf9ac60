import type { InstrumentAxis } from '../../schema/instrument.ts';
import { byLevel } from './by-level.ts';
import { itServiceCapacities } from './it-services.ts';

/**
 * The capacities of the digital infrastructure and interoperability axis, asked
 * as rubric questions: one option per level, from 1 to 6.
 */
export const digitalInfrastructureInteroperability: InstrumentAxis = {
  id: 'digital-infrastructure-interoperability',
  capacities: [
    {
      kind: 'rubric',
      id: 'it-architecture',
      title: { es: 'Arquitectura de TI', en: 'IT architecture' },
      question: {
        es: '¿Cómo define y mantiene la entidad su arquitectura de TI?',
        en: 'How does the entity define and maintain its IT architecture?',
      },
      options: byLevel([
        {
          es:
            'No hay una arquitectura de TI definida; los equipos y sistemas ' +
            'se adquieren a medida que surge cada necesidad.',
          en:
            'There is no defined IT architecture; equipment and systems are ' +
            'acquired as each need arises.',
        },
        {
          es:
            'Hay un inventario parcial de sistemas, pero las áreas compran ' +
            'soluciones sin consultar al líder de TI y los sistemas no se ' +
            'integran entre sí.',
          en:
            'There is a partial inventory of systems, but areas buy ' +
            'solutions without asking the IT leader and the systems do not ' +
            'integrate with one another.',
        },
        {
          es:
            'El líder de TI y el área responsable definen la arquitectura de ' +
            'cada iniciativa, pero cada una tiene sus propios componentes y ' +
            'no se reutilizan.',
          en:
            'The IT leader and the owning area define the architecture of ' +
            'each initiative, but each one has its own components and none ' +
            'are reused.',
        },
        {
          es:
            'La entidad tiene una arquitectura de referencia con componentes ' +
            'compartidos que varias áreas usan en sus iniciativas.',
          en:
            'The entity has a reference architecture with shared components ' +
            'that several areas use in their initiatives.',
        },
        {
          es:
            'La arquitectura sigue el marco de arquitectura empresarial del ' +
            'Estado y se coordina con la gobernación y entidades nacionales ' +
            'para reutilizar servicios.',
          en:
            "The architecture follows the government's enterprise " +
            'architecture framework and is coordinated with the department ' +
            'government and national agencies to reuse services.',
        },
        {
          es:
            'La entidad compara cada año su arquitectura actual con la ' +
            'arquitectura objetivo y ejecuta un plan para cerrar las ' +
            'brechas.',
          en:
            'The entity compares its current architecture with the target ' +
            'one every year and carries out a plan to close the gaps.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'information-exchange',
      title: { es: 'Intercambio de información', en: 'Information exchange' },
      question: {
        es:
          '¿Cómo intercambia información la entidad entre sus sistemas y con ' +
          'otras entidades?',
        en:
          'How does the entity exchange information between its systems and ' +
          'with other organizations?',
      },
      options: byLevel([
        {
          es:
            'La información circula por correo, memorias USB o papel, y se ' +
            'vuelve a digitar en cada sistema.',
          en:
            'Information travels by email, USB drives or paper and is typed ' +
            'in again in each system.',
        },
        {
          es:
            'Algunos sistemas exportan archivos planos que otras áreas ' +
            'cargan a mano, sin formatos acordados ni participación del ' +
            'líder de TI.',
          en:
            'Some systems export flat files that other areas load by hand, ' +
            'with no agreed formats and no involvement from the IT leader.',
        },
        {
          es:
            'El líder de TI y un área conectan sus sistemas con servicios ' +
            'web para una iniciativa puntual, pero esa conexión no sirve a ' +
            'otras áreas.',
          en:
            'The IT leader and one area link their systems through web ' +
            'services for a specific initiative, but that link does not ' +
            'serve other areas.',
        },
        {
          es:
            'La entidad ofrece servicios de intercambio documentados y con ' +
            'formatos comunes, que usan varios de sus sistemas.',
          en:
            'The entity offers documented exchange services with common ' +
            'formats, used by several of its systems.',
        },
        {
          es:
            'La entidad intercambia datos con otras entidades a través de la ' +
            'plataforma de interoperabilidad del Estado y con acuerdos ' +
            'formales.',
          en:
            'The entity exchanges data with other agencies through the ' +
            "government's interoperability platform and under formal " +
            'agreements.',
        },
        {
          es:
            'La entidad monitorea la disponibilidad y el uso de sus ' +
            'servicios de intercambio y los mejora según los incidentes y ' +
            'las nuevas necesidades.',
          en:
            'The entity monitors the availability and use of its exchange ' +
            'services and improves them in light of incidents and new needs.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'digital-security',
      title: { es: 'Seguridad digital', en: 'Digital security' },
      question: {
        es:
          '¿Cómo gestiona la entidad la seguridad digital de su información ' +
          'y sus servicios?',
        en:
          'How does the entity manage the digital security of its ' +
          'information and services?',
      },
      options: byLevel([
        {
          es:
            'La seguridad se limita a antivirus y contraseñas; los ' +
            'incidentes se atienden cuando ocurren y no se registran.',
          en:
            'Security is limited to antivirus software and passwords; ' +
            'incidents are handled as they happen and are not logged.',
        },
        {
          es:
            'Hay una política de seguridad escrita, pero las áreas no la ' +
            'aplican, el líder de TI no evalúa riesgos y cada sistema maneja ' +
            'sus propios accesos.',
          en:
            'There is a written security policy, but areas do not apply it, ' +
            'the IT leader does not assess risks and each system handles its ' +
            'own access.',
        },
        {
          es:
            'El líder de TI y el área responsable identifican los riesgos de ' +
            'cada iniciativa y aplican controles, sin un inventario de ' +
            'activos de toda la entidad.',
          en:
            'The IT leader and the owning area identify the risks of each ' +
            'initiative and apply controls, with no entity-wide asset ' +
            'inventory.',
        },
        {
          es:
            'La entidad tiene un modelo de seguridad y privacidad, con ' +
            'inventario de activos, mapa de riesgos y procedimiento de ' +
            'incidentes, que aplican sus áreas.',
          en:
            'The entity has a security and privacy model, with an asset ' +
            'inventory, a risk map and an incident procedure, that its areas ' +
            'follow.',
        },
        {
          es:
            'La entidad reporta sus incidentes a los equipos nacionales de ' +
            'respuesta, como el colCERT, y hace simulacros con otras ' +
            'entidades.',
          en:
            'The entity reports its incidents to the national response ' +
            'teams, such as colCERT, and runs drills with other agencies.',
        },
        {
          es:
            'La entidad mide la eficacia de sus controles, hace pruebas ' +
            'periódicas de vulnerabilidades y actualiza su plan de seguridad ' +
            'con los resultados.',
          en:
            'The entity measures how well its controls work, runs regular ' +
            'vulnerability tests and updates its security plan with the ' +
            'results.',
        },
      ]),
    },
    ...itServiceCapacities,
  ],
};
