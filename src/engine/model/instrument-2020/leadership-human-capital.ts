import type { InstrumentAxis } from '../../schema/instrument.ts';
import { byLevel } from './by-level.ts';

/**
 * The capacities of the leadership and human capital axis, asked as rubric
 * questions: one option per level, from 1 to 6.
 */
export const leadershipHumanCapital: InstrumentAxis = {
  id: 'leadership-human-capital',
  capacities: [
    {
      kind: 'rubric',
      id: 'initiative-leadership',
      title: {
        es: 'Liderazgo de iniciativas de ciudad inteligente',
        en: 'Leading smart city initiatives',
      },
      question: {
        es:
          '¿Cómo lidera y gestiona la entidad sus iniciativas de ciudades y ' +
          'territorios inteligentes?',
        en:
          'How does the entity lead and manage its smart city and territory ' +
          'initiatives?',
      },
      options: byLevel([
        {
          es:
            'Nadie responde por las iniciativas; surgen de personas aisladas ' +
            'y se abandonan cuando ellas se van.',
          en:
            'No one is accountable for initiatives; they start with isolated ' +
            'individuals and are dropped when those people leave.',
        },
        {
          es:
            'Cada área impulsa sus propios proyectos, sin el líder de TI y ' +
            'sin relación con una estrategia de ciudad inteligente.',
          en:
            'Each area pushes its own projects, without the IT leader and ' +
            'with no link to a smart city strategy.',
        },
        {
          es:
            'El líder de TI y el área responsable dirigen juntos cada ' +
            'iniciativa, con responsable y cronograma, pero sin coordinación ' +
            'entre iniciativas.',
          en:
            'The IT leader and the owning area jointly run each initiative, ' +
            'with an owner and a schedule, but with no coordination across ' +
            'initiatives.',
        },
        {
          es:
            'Un comité formal con varias secretarías prioriza, asigna ' +
            'responsables y hace seguimiento a todas las iniciativas de la ' +
            'entidad.',
          en:
            'A formal committee with several departments prioritizes, ' +
            "assigns owners and tracks all of the entity's initiatives.",
        },
        {
          es:
            'La entidad lidera o integra mesas de trabajo con la ' +
            'gobernación, otros municipios, el Gobierno nacional, la ' +
            'academia y las empresas para sacar adelante iniciativas ' +
            'conjuntas.',
          en:
            'The entity leads or joins working groups with the department ' +
            'government, other municipalities, the national government, ' +
            'universities and businesses to deliver joint initiatives.',
        },
        {
          es:
            'Al cerrar cada iniciativa, la entidad evalúa cómo se gestionó y ' +
            'ajusta sus prioridades y su forma de trabajo con esos ' +
            'resultados.',
          en:
            'When each initiative closes, the entity reviews how it was run ' +
            'and adjusts its priorities and ways of working with those ' +
            'findings.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'leader-competencies',
      title: { es: 'Competencias de los líderes', en: "Leaders' competencies" },
      question: {
        es:
          '¿Qué competencias tienen los directivos para impulsar la ' +
          'transformación digital y las iniciativas de ciudad inteligente?',
        en:
          'What competencies do managers have to drive digital ' +
          'transformation and smart city initiatives?',
      },
      options: byLevel([
        {
          es:
            'Los directivos ven la tecnología como un asunto del área de ' +
            'sistemas y no reciben formación sobre ciudad inteligente.',
          en:
            'Managers see technology as a matter for the IT department and ' +
            'receive no training on smart cities.',
        },
        {
          es:
            'Algunos directivos se capacitan por su cuenta, pero no incluyen ' +
            'al líder de TI en sus decisiones ni aplican lo aprendido en sus ' +
            'áreas.',
          en:
            'Some managers train on their own, but they leave the IT leader ' +
            'out of their decisions and do not apply what they learn in ' +
            'their areas.',
        },
        {
          es:
            'El líder de TI y algunos directivos deciden juntos sobre ' +
            'tecnología, pero las competencias dependen de cada persona.',
          en:
            'The IT leader and some managers make technology decisions ' +
            'together, but competencies depend on each individual.',
        },
        {
          es:
            'La entidad tiene un perfil de competencias digitales para ' +
            'directivos y un plan de formación que cubre a los de varias ' +
            'áreas.',
          en:
            'The entity has a digital competency profile for managers and a ' +
            'training plan that covers managers in several areas.',
        },
        {
          es:
            'Los directivos participan en redes, programas y comunidades de ' +
            'práctica con entidades departamentales, nacionales o ' +
            'internacionales.',
          en:
            'Managers take part in networks, programs and communities of ' +
            'practice with departmental, national or international ' +
            'organizations.',
        },
        {
          es:
            'La entidad evalúa cada año las competencias de sus directivos y ' +
            'actualiza el plan de formación según las brechas encontradas.',
          en:
            "The entity assesses its managers' competencies every year and " +
            'updates the training plan to close the gaps it finds.',
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'public-servant-skills',
      title: {
        es: 'Habilidades digitales de los servidores públicos',
        en: "Public servants' digital skills",
      },
      question: {
        es:
          '¿Cómo desarrolla la entidad las habilidades digitales de sus ' +
          'servidores públicos?',
        en:
          'How does the entity build the digital skills of its public ' +
          'servants?',
      },
      options: byLevel([
        {
          es:
            'No hay formación en habilidades digitales; cada servidor ' +
            'aprende como puede.',
          en:
            'There is no digital skills training; each employee learns as ' +
            'best they can.',
        },
        {
          es:
            'Hay capacitaciones esporádicas en herramientas de oficina, sin ' +
            'diagnóstico previo ni participación del líder de TI.',
          en:
            'There are occasional sessions on office tools, with no prior ' +
            'needs assessment and no input from the IT leader.',
        },
        {
          es:
            'El líder de TI y el área responsable forman al equipo de cada ' +
            'iniciativa en las herramientas que va a usar, pero el resto de ' +
            'la entidad no se beneficia.',
          en:
            "The IT leader and the owning area train each initiative's team " +
            'on the tools it will use, but the rest of the entity does not ' +
            'benefit.',
        },
        {
          es:
            'El plan institucional de capacitación incluye habilidades ' +
            'digitales según un diagnóstico de brechas y llega a servidores ' +
            'de varias áreas.',
          en:
            "The entity's training plan includes digital skills based on a " +
            'gap assessment and reaches staff in several areas.',
        },
        {
          es:
            'La entidad aprovecha la oferta del SENA, MinTIC, la ESAP o las ' +
            'universidades y forma a sus servidores junto con otras ' +
            'entidades del territorio.',
          en:
            'The entity draws on courses from SENA, MinTIC, ESAP or ' +
            'universities and trains its staff together with other agencies ' +
            'in the territory.',
        },
        {
          es:
            'La entidad mide cómo se aplica lo aprendido en el trabajo y ' +
            'ajusta cada año los contenidos y la cobertura del plan.',
          en:
            'The entity measures how training is applied on the job and ' +
            "adjusts the plan's content and reach every year.",
        },
      ]),
    },
    {
      kind: 'rubric',
      id: 'citizen-skills',
      title: {
        es: 'Habilidades digitales de la ciudadanía',
        en: "Residents' digital skills",
      },
      question: {
        es:
          '¿Cómo promueve la entidad las habilidades digitales que la ' +
          'ciudadanía necesita para usar los servicios de ciudad ' +
          'inteligente?',
        en:
          'How does the entity promote the digital skills residents need to ' +
          'use smart city services?',
      },
      options: byLevel([
        {
          es:
            'La entidad no hace nada para que la ciudadanía aprenda a usar ' +
            'servicios digitales.',
          en:
            'The entity does nothing to help residents learn to use digital ' +
            'services.',
        },
        {
          es:
            'Se dictan talleres ocasionales, sin relación con los servicios ' +
            'digitales de la entidad ni participación del líder de TI.',
          en:
            "Occasional workshops are held, unrelated to the entity's " +
            'digital services and without the IT leader.',
        },
        {
          es:
            'El líder de TI y el área dueña de cada servicio digital ' +
            'preparan guías y talleres para sus usuarios, pero solo para ese ' +
            'servicio.',
          en:
            'The IT leader and the area that owns each digital service ' +
            'prepare guides and workshops for its users, but only for that ' +
            'service.',
        },
        {
          es:
            'Varias secretarías ejecutan un programa de apropiación digital ' +
            'con metas por grupo de población, incluidas las personas ' +
            'mayores y la zona rural.',
          en:
            'Several departments run a digital literacy program with targets ' +
            'for each population group, including older people and rural ' +
            'areas.',
        },
        {
          es:
            'El programa se ejecuta con bibliotecas, colegios, ' +
            'universidades, empresas y programas nacionales, como los de ' +
            'MinTIC.',
          en:
            'The program is run with libraries, schools, universities, ' +
            "businesses and national programs such as MinTIC's.",
        },
        {
          es:
            'La entidad mide el uso de los servicios digitales y las ' +
            'habilidades de la ciudadanía, y ajusta el programa donde ' +
            'persisten brechas.',
          en:
            'The entity measures the use of digital services and the skills ' +
            'of residents, and adjusts the program where gaps persist.',
        },
      ]),
    },
  ],
};
