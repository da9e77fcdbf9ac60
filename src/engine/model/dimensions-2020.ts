import type { Dimension } from '../schema/model.ts';
import { dimensionNames2020 } from './names-2020.ts';

/**
 * The six dimensions of the model and their 29 sub-dimensions (2020
 * edition). Spanish names follow the model; English names and every
 * description are the project's own wording.
 */
export const dimensions2020: Dimension[] = [
  {
    id: 'governance',
    name: dimensionNames2020.governance,
    description: {
      es:
        'Políticas, procesos y canales para que gobernantes y ciudadanía ' +
        'decidan juntos con transparencia y eficiencia.',
      en:
        'Policies, processes and channels through which those who govern ' +
        'and residents decide together, transparently and efficiently.',
    },
    subdimensions: [
      {
        id: 'gobierno-abierto',
        name: { es: 'Gobierno abierto', en: 'Open government' },
        description: {
          es: 'Transparencia, rendición de cuentas y acceso a la información.',
          en: 'Transparency, accountability and access to public information.',
        },
      },
      {
        id: 'gobernanza-multinivel',
        name: { es: 'Gobernanza multinivel', en: 'Multilevel governance' },
        description: {
          es: 'Coordinación entre los niveles local, departamental y nacional.',
          en: 'Coordination between local, departmental and national levels.',
        },
      },
      {
        id: 'participacion-ciudadana',
        name: { es: 'Participación ciudadana', en: 'Citizen participation' },
        description: {
          es: 'Espacios y canales para que la ciudadanía incida en lo público.',
          en: 'Spaces and channels for residents to shape public decisions.',
        },
      },
      {
        id: 'colaboracion-entre-ciudades-y-territorios',
        name: {
          es: 'Colaboración entre ciudades y territorios',
          en: 'Collaboration between cities and territories',
        },
        description: {
          es: 'Alianzas con otros territorios para compartir soluciones.',
          en: 'Partnerships with other territories to share solutions.',
        },
      },
      {
        id: 'gobierno-digital',
        name: { es: 'Gobierno digital', en: 'Digital government' },
        description: {
          es: 'Trámites y servicios públicos que se resuelven en línea.',
          en: 'Public procedures and services that can be completed online.',
        },
      },
    ],
  },
  {
    id: 'environment',
    name: dimensionNames2020.environment,
    description: {
      es:
        'Gestión sostenible del territorio, de sus recursos naturales y de ' +
        'sus riesgos ambientales.',
      en:
        'Sustainable stewardship of the territory, its natural resources ' +
        'and its environmental risks.',
    },
    subdimensions: [
      {
        id: 'gestion-de-recursos',
        name: { es: 'Gestión de recursos', en: 'Resource management' },
        description: {
          es: 'Uso eficiente del agua, la energía y otros recursos naturales.',
          en: 'Efficient use of water, energy and other natural resources.',
        },
      },
      {
        id: 'calidad-ambiental',
        name: { es: 'Calidad ambiental', en: 'Environmental quality' },
        description: {
          es: 'Estado del aire, el agua y el suelo, y niveles de ruido.',
          en: 'Condition of air, water and soil, and noise levels.',
        },
      },
      {
        id: 'gestion-de-riesgos',
        name: { es: 'Gestión de riesgos', en: 'Risk management' },
        description: {
          es: 'Prevención, atención y recuperación ante desastres.',
          en: 'Prevention of, response to and recovery from disasters.',
        },
      },
      {
        id: 'gestion-de-residuos',
        name: { es: 'Gestión de residuos', en: 'Waste management' },
        description: {
          es: 'Recolección, aprovechamiento y disposición de los residuos.',
          en: 'Collection, recovery and proper disposal of waste.',
        },
      },
      {
        id: 'cambio-climatico',
        name: { es: 'Cambio climático', en: 'Climate change' },
        description: {
          es: 'Menos emisiones y adaptación a la variabilidad del clima.',
          en: 'Cutting emissions and adapting to a changing climate.',
        },
      },
    ],
  },
  {
    id: 'habitat',
    name: dimensionNames2020.habitat,
    description: {
      es:
        'Condiciones físicas y de infraestructura que hacen posible vivir ' +
        'bien en la ciudad o el territorio.',
      en:
        'Physical and infrastructure conditions that make the city or ' +
        'territory a good place to live.',
    },
    subdimensions: [
      {
        id: 'servicios-publicos',
        name: { es: 'Servicios públicos', en: 'Public utilities' },
        description: {
          es: 'Cobertura y calidad de agua, saneamiento, energía y gas.',
          en: 'Coverage and quality of water, sanitation, power and gas.',
        },
      },
      {
        id: 'infraestructuras-inteligentes',
        name: {
          es: 'Infraestructuras inteligentes',
          en: 'Smart infrastructure',
        },
        description: {
          es: 'Redes y edificaciones que usan tecnología para operar mejor.',
          en: 'Networks and buildings that use technology to run better.',
        },
      },
      {
        id: 'movilidad-inteligente',
        name: { es: 'Movilidad inteligente', en: 'Smart mobility' },
        description: {
          es: 'Transporte seguro, accesible y sostenible, bien informado.',
          en: 'Safe, accessible and sustainable transport, well informed.',
        },
      },
      {
        id: 'gestion-del-espacio-publico',
        name: {
          es: 'Gestión del espacio público',
          en: 'Public space management',
        },
        description: {
          es: 'Planeación, cuidado y buen uso de parques, andenes y plazas.',
          en: 'Planning, upkeep and fair use of parks, sidewalks and squares.',
        },
      },
    ],
  },
  {
    id: 'quality-of-life',
    name: dimensionNames2020['quality-of-life'],
    description: {
      es:
        'Condiciones de bienestar, salud, seguridad y recreación que ' +
        'responden a las necesidades de las personas.',
      en:
        'Well-being, health, safety and leisure conditions that meet ' +
        "people's needs.",
    },
    subdimensions: [
      {
        id: 'bienestar',
        name: { es: 'Bienestar', en: 'Well-being' },
        description: {
          es: 'Vivienda, ingresos y servicios sociales para una vida digna.',
          en: 'Housing, income and social services for a decent life.',
        },
      },
      {
        id: 'seguridad',
        name: { es: 'Seguridad', en: 'Safety and security' },
        description: {
          es: 'Convivencia, prevención del delito y sensación de seguridad.',
          en: 'Peaceful coexistence, crime prevention and feeling safe.',
        },
      },
      {
        id: 'salud',
        name: { es: 'Salud', en: 'Health' },
        description: {
          es: 'Acceso oportuno y de calidad a los servicios de salud.',
          en: 'Timely access to good-quality health services.',
        },
      },
      {
        id: 'ocio',
        name: { es: 'Ocio', en: 'Leisure' },
        description: {
          es: 'Oferta cultural, deportiva y recreativa al alcance de todos.',
          en: 'Cultural, sports and recreational options for everyone.',
        },
      },
    ],
  },
  {
    id: 'people',
    name: dimensionNames2020.people,
    description: {
      es:
        'Oportunidades para que los habitantes aprendan, se desarrollen y ' +
        'convivan.',
      en: 'Opportunities for inhabitants to learn, grow and live together.',
    },
    subdimensions: [
      {
        id: 'sociedad-incluyente',
        name: { es: 'Sociedad incluyente', en: 'Inclusive society' },
        description: {
          es: 'Oportunidades y servicios al alcance de todos los grupos.',
          en: 'Opportunities and services within reach of every group.',
        },
      },
      {
        id: 'educacion',
        name: { es: 'Educación', en: 'Education' },
        description: {
          es: 'Acceso, permanencia y calidad educativa en todas las edades.',
          en: 'Access to, continuity in and quality of education at any age.',
        },
      },
      {
        id: 'cultura-ciudadana',
        name: { es: 'Cultura ciudadana', en: 'Civic culture' },
        description: {
          es: 'Normas compartidas, respeto y corresponsabilidad.',
          en: 'Shared norms, respect and joint responsibility.',
        },
      },
      {
        id: 'equidad',
        name: { es: 'Equidad', en: 'Equity' },
        description: {
          es: 'Cierre de brechas sociales, económicas, digitales y de género.',
          en: 'Closing social, economic, digital and gender gaps.',
        },
      },
      {
        id: 'cohesion-social',
        name: { es: 'Cohesión social', en: 'Social cohesion' },
        description: {
          es: 'Confianza, sentido de pertenencia y redes de apoyo.',
          en: 'Trust, sense of belonging and support networks.',
        },
      },
    ],
  },
  {
    id: 'economic-development',
    name: dimensionNames2020['economic-development'],
    description: {
      es:
        'Productividad, competitividad y sostenibilidad de la economía del ' +
        'territorio.',
      en:
        'Productivity, competitiveness and sustainability of the ' +
        "territory's economy.",
    },
    subdimensions: [
      {
        id: 'emprendimiento-e-innovacion',
        name: {
          es: 'Emprendimiento e innovación',
          en: 'Entrepreneurship and innovation',
        },
        description: {
          es: 'Creación y crecimiento de empresas y proyectos innovadores.',
          en: 'Creation and growth of new firms and innovative projects.',
        },
      },
      {
        id: 'economia-del-conocimiento',
        name: { es: 'Economía del conocimiento', en: 'Knowledge economy' },
        description: {
          es: 'Investigación, talento especializado y alto valor agregado.',
          en: 'Research, specialist talent and high value-added activity.',
        },
      },
      {
        id: 'transformacion-digital',
        name: { es: 'Transformación digital', en: 'Digital transformation' },
        description: {
          es: 'Adopción de tecnologías digitales en las empresas.',
          en: 'Uptake of digital technology by businesses.',
        },
      },
      {
        id: 'entorno-productivo-y-competitivo',
        name: {
          es: 'Entorno productivo y competitivo',
          en: 'Productive and competitive environment',
        },
        description: {
          es: 'Condiciones que facilitan invertir y hacer negocios.',
          en: 'Conditions that make it easy to invest and do business.',
        },
      },
      {
        id: 'economia-circular',
        name: { es: 'Economía circular', en: 'Circular economy' },
        description: {
          es: 'Producción que reutiliza materiales y reduce desperdicios.',
          en: 'Production that reuses materials and cuts waste.',
        },
      },
      {
        id: 'empleo',
        name: { es: 'Empleo', en: 'Employment' },
        description: {
          es: 'Oportunidades de trabajo formal y de calidad.',
          en: 'Formal, good-quality job opportunities.',
        },
      },
    ],
  },
];
