import type { InstrumentAxis } from '../../schema/instrument.ts';
import { byLevel } from './by-level.ts';

/**
 * The capacities of the institutionality and innovation axis, asked as rubric
 * questions: one option per level, from 1 to 6.
 */
export const institutionalityInnovation: InstrumentAxis = {
  id: 'institutionality-innovation',
  capacities: [
    {
      kind: 'rubric',
      id: 'mission-architecture',
      title: { es: 'Arquitectura misional', en: 'Mission architecture' },
      question: {
        es:
          '¿Cómo articula la entidad sus planes, procesos y servicios ' +
          'misionales con las iniciativas de ciudad inteligente?',
        en:
          'How does the entity align its plans, core processes and services ' +
          'with its smart city initiatives?',
      },
      help: {
        es:
          'La arquitectura misional describe qué hace la entidad para ' +
          'cumplir su misión: sus planes, procesos, servicios y la ' +
          'información que usan.',
        en:
          'The mission architecture describes what the entity does to fulfil ' +
          'its mission: its plans, processes, services and the information ' +
          'they use.',
      },
      options: byLevel([
        {
          es:
            'Los planes y procesos misionales no mencionan la ciudad ' +
            'inteligente; los proyectos de tecnología se aprueban uno a uno, ' +
            'solo como apoyo operativo.',
          en:
            'Plans and core processes make no mention of smart city goals; ' +
            'technology projects are approved one at a time, purely as ' +
            'operational support.',
        },
        {
          es:
            'El plan de desarrollo menciona la tecnología, pero el líder de ' +
            'TI no participa en su formulación y los procesos no están ' +
            'conectados con los sistemas de información.',
          en:
            'The development plan mentions technology, but the IT leader ' +
            'takes no part in drafting it and processes are not linked to ' +
            'the information systems.',
        },
        {
          es:
            'El líder de TI y el área responsable documentan juntos los ' +
            'procesos y servicios de cada iniciativa, pero cada secretaría ' +
            'mantiene su propio mapa, sin una visión común.',
          en:
            'The IT leader and the owning area document the processes and ' +
            'services of each initiative together, but each department keeps ' +
            'its own map, with no shared view.',
        },
        {
          es:
            'La entidad tiene un mapa único de procesos y servicios que ' +
            'varias secretarías usan para priorizar y articular sus ' +
            'iniciativas.',
          en:
            'The entity has a single map of processes and services that ' +
            'several departments use to prioritize and coordinate their ' +
            'initiatives.',
        },
        {
          es:
            'La arquitectura misional se alinea con los planes ' +
            'departamentales y nacionales, y se construye con la ' +
            'gobernación, otros municipios y entidades nacionales.',
          en:
            'The mission architecture is aligned with departmental and ' +
            'national plans and is built with the department government, ' +
            'other municipalities and national agencies.',
        },
        {
          es:
            'La entidad revisa cada año su arquitectura misional con ' +
            'indicadores y ajusta procesos y servicios según los resultados.',
          en:
            'The entity reviews its mission architecture every year against ' +
            'indicators and adjusts processes and services to the results.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'public-innovation',
      title: { es: 'Innovación pública', en: 'Public innovation' },
      question: {
        es: '¿Cómo gestiona la entidad la innovación pública?',
        en: 'How does the entity manage public innovation?',
      },
      options: byLevel([
        {
          es:
            'No hay un proceso de innovación; las ideas surgen de forma ' +
            'aislada y no se registran.',
          en:
            'There is no innovation process; ideas come up in isolation and ' +
            'are not recorded.',
        },
        {
          es:
            'Algunas áreas prueban ideas nuevas por su cuenta, sin método ni ' +
            'participación del líder de TI, y los resultados no se ' +
            'comparten.',
          en:
            'Some areas try out new ideas on their own, with no method and ' +
            'no input from the IT leader, and results are not shared.',
        },
        {
          es:
            'El líder de TI y el área que tiene el problema diseñan y ' +
            'prueban soluciones con un método definido, pero cada ejercicio ' +
            'se queda en esa área.',
          en:
            'The IT leader and the area facing the problem design and test ' +
            'solutions with a defined method, but each exercise stays within ' +
            'that area.',
        },
        {
          es:
            'Un equipo o laboratorio de innovación reúne a varias áreas, ' +
            'mantiene un banco de retos y hace seguimiento a los pilotos.',
          en:
            'An innovation team or lab brings several areas together, keeps ' +
            'a bank of challenges and tracks its pilots.',
        },
        {
          es:
            'La entidad cocrea soluciones con la academia, las empresas, la ' +
            'ciudadanía y entidades departamentales o nacionales, por ' +
            'ejemplo con retos abiertos o compra pública para la innovación.',
          en:
            'The entity co-creates solutions with universities, businesses, ' +
            'residents and departmental or national agencies, for example ' +
            'through open challenges or innovation procurement.',
        },
        {
          es:
            'La entidad mide el resultado de cada innovación, escala lo que ' +
            'funciona, descarta lo que no y ajusta su proceso con esas ' +
            'lecciones.',
          en:
            'The entity measures the outcome of every innovation, scales up ' +
            'what works, drops what does not and refines its process with ' +
            'those lessons.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'funding-investment',
      title: {
        es: 'Recursos financieros e inversión',
        en: 'Funding and investment',
      },
      question: {
        es: '¿Cómo financia la entidad sus iniciativas de ciudad inteligente?',
        en: 'How does the entity fund its smart city initiatives?',
      },
      options: byLevel([
        {
          es:
            'No hay recursos asignados; la tecnología se compra con el ' +
            'presupuesto de funcionamiento cuando algo falla.',
          en:
            'No funds are set aside; technology is bought out of the ' +
            'operating budget when something breaks.',
        },
        {
          es:
            'Cada área presupuesta sus compras de tecnología sin consultar ' +
            'al líder de TI, y no hay una línea de inversión para ciudad ' +
            'inteligente.',
          en:
            'Each area budgets its own technology purchases without ' +
            'consulting the IT leader, and there is no investment line for ' +
            'smart city work.',
        },
        {
          es:
            'Los proyectos tienen rubros en el plan de inversiones, ' +
            'formulados por el líder de TI y el área responsable, pero se ' +
            'financian proyecto por proyecto.',
          en:
            'Projects have lines in the investment plan, drafted by the IT ' +
            'leader and the owning area, but they are funded one project at ' +
            'a time.',
        },
        {
          es:
            'La entidad tiene un portafolio de inversión en ciudad ' +
            'inteligente que varias secretarías priorizan y cofinancian de ' +
            'forma conjunta.',
          en:
            'The entity has a smart city investment portfolio that several ' +
            'departments prioritize and co-fund jointly.',
        },
        {
          es:
            'La entidad combina recursos propios con regalías, ' +
            'cofinanciación nacional o departamental, cooperación ' +
            'internacional o alianzas público-privadas.',
          en:
            'The entity combines its own funds with royalties, national or ' +
            'departmental co-funding, international cooperation or ' +
            'public-private partnerships.',
        },
        {
          es:
            'La entidad evalúa el retorno social y económico de cada ' +
            'inversión y reasigna los recursos en cada vigencia según esos ' +
            'resultados.',
          en:
            'The entity assesses the social and economic return of each ' +
            'investment and reallocates funds every fiscal year based on ' +
            'those results.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'knowledge-management',
      title: { es: 'Gestión del conocimiento', en: 'Knowledge management' },
      question: {
        es:
          '¿Cómo conserva y comparte la entidad el conocimiento que generan ' +
          'sus iniciativas?',
        en:
          'How does the entity retain and share the knowledge its ' +
          'initiatives produce?',
      },
      options: byLevel([
        {
          es:
            'El conocimiento queda en las personas; cuando alguien se ' +
            'retira, lo aprendido se pierde.',
          en:
            'Knowledge stays with individuals; when someone leaves, what was ' +
            'learned is lost.',
        },
        {
          es:
            'Algunas áreas guardan los documentos de sus proyectos en ' +
            'carpetas propias, sin criterios comunes ni una herramienta del ' +
            'líder de TI.',
          en:
            'Some areas keep their project documents in their own folders, ' +
            'with no common criteria and no tool from the IT leader.',
        },
        {
          es:
            'El líder de TI y el área responsable documentan cada iniciativa ' +
            'en un repositorio compartido, aunque otras áreas casi no lo ' +
            'consultan.',
          en:
            'The IT leader and the owning area document each initiative in a ' +
            'shared repository, although other areas rarely consult it.',
        },
        {
          es:
            'Varias áreas alimentan y consultan un repositorio de lecciones ' +
            'aprendidas y buenas prácticas, y se reúnen con regularidad para ' +
            'compartirlas.',
          en:
            'Several areas feed and consult a repository of lessons learned ' +
            'and good practices, and meet regularly to share them.',
        },
        {
          es:
            'La entidad intercambia experiencias con otros municipios, la ' +
            'gobernación, universidades y redes nacionales de ciudades, y ' +
            'publica sus casos.',
          en:
            'The entity swaps experiences with other municipalities, the ' +
            'department government, universities and national city networks, ' +
            'and publishes its cases.',
        },
        {
          es:
            'La entidad mide el uso del conocimiento documentado y actualiza ' +
            'sus prácticas y su repositorio con lo aprendido en cada ciclo.',
          en:
            'The entity measures how documented knowledge is used and ' +
            'updates its practices and repository with what each cycle ' +
            'teaches.',
        },
      ]),
    },
  ],
};
