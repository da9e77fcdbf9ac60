/**
 * The invented indicator values of San Isidro del Valle, a fictional
 * municipality of the demo. Every number is made up to look plausible
 * and to show every case of the level rule: worse, unchanged, slight
 * and substantial progress, above the peers, at the national best, a
 * target, a list of peer values, missing values, missing peers and
 * self-ratings, with both polarities.
 */

/** A value and its period; `null` is unknown. */
export type Seen = readonly [value: number | null, period: string | null];

/** What the demo knows of one catalogue indicator. */
export interface DemoValues {
  id: string;
  baseline?: Seen;
  current?: Seen;
  target?: Seen;
  /** The peer average and the national best. */
  peers?: readonly [average: number | null, best: number | null];
  /** The current value of every municipality compared, this one too. */
  peerValues?: readonly number[];
  selfRated?: { level: number; justification: string };
}

export const demoValues: readonly DemoValues[] = [
  { id: 'online-procedures', baseline: [18, '2019'], current: [41, '2023'],
    peers: [27.5, 63] },
  { id: 'open-datasets', baseline: [6, '2020'], current: [14, '2023'],
    selfRated: { level: 3, justification: 'Portal de datos abiertos con ' +
      '14 conjuntos publicados; la mitad se actualiza cada año.' } },
  { id: 'local-election-turnout', baseline: [58.2, '2019'],
    current: [61.7, '2023'], peers: [63.4, 74.9] },
  { id: 'co-funded-projects', baseline: [7, '2019'], current: [5, '2023'],
    peers: [9, 21] },
  { id: 'pm25-annual-mean', baseline: [24.1, '2019'],
    current: [19.8, '2023'], peers: [21.3, 12.4] },
  { id: 'waste-recovered', baseline: [9.5, '2019'], current: [9.56, '2023'],
    peers: [14.2, 31.8] },
  { id: 'residential-water-use', baseline: [118, '2019'],
    current: [131, '2023'], peers: [125, 96] },
  { id: 'ghg-emissions-per-resident', baseline: [2.9, '2018'],
    current: [null, null], peers: [3.1, 1.8] },
  { id: 'people-affected-by-disasters', baseline: [1846.2, '2019'],
    current: [1212.7, '2023'], peers: [1530.4, 402.9] },
  { id: 'fixed-internet-penetration', baseline: [8.4, '2019-Q4'],
    current: [11.9, '2023-Q3'], target: [15, '2027'], peers: [6.2, 16.5] },
  { id: 'water-supply-coverage', baseline: [91.2, '2019'],
    current: [93.8, '2023'], target: [98, '2027'], peers: [94.5, 99.1] },
  { id: 'commute-time', baseline: [38, '2019'], current: [31, '2023'],
    peerValues: [45, 39, 31, 28, 52, 34, 41, 36] },
  { id: 'public-space-per-resident', baseline: [3.1, '2019'],
    current: [3.6, '2023'] },
  { id: 'homicide-rate', baseline: [31.4, '2019'], current: [24.9, '2023'],
    peers: [26.8, 9.7] },
  { id: 'infant-mortality', baseline: [14.2, '2019'],
    current: [13.1, '2022'], peers: [12, 7.5] },
  { id: 'health-insurance-coverage', baseline: [94.1, '2019'],
    current: [97.9, '2023'], peers: [96.3, 99.6] },
  { id: 'housing-shortfall', baseline: [null, null],
    current: [28.4, '2023'], peers: [31.5, 9.2] },
  { id: 'sports-and-culture-venues',
    selfRated: { level: 4, justification: 'Doce escenarios abiertos al ' +
      'público con agenda mensual; faltan dos en la zona rural.' } },
  { id: 'upper-secondary-enrolment', baseline: [41.3, '2019'],
    current: [47.9, '2023'], peers: [44, 62.1] },
  { id: 'saber-11-mean-score', baseline: [236, '2019'],
    current: [244, '2023'], peers: [247, 271] },
  { id: 'multidimensional-poverty', baseline: [27.6, '2018'],
    current: [21.9, '2023'], target: [18, '2027'], peers: [19.5, 9.8] },
  { id: 'unemployment-rate', baseline: [10.8, '2019'],
    current: [12.3, '2023'], peers: [11.2, 6.1] },
  { id: 'new-businesses', baseline: [21.5, '2019'], current: [24.1, '2023'],
    peers: [26, 48.3] },
  { id: 'businesses-selling-online', baseline: [12, '2021'],
    current: [27, '2023'], peers: [18, 31] },
  { id: 'days-to-open-a-business', baseline: [12, '2019'],
    current: [3, '2023'], peers: [9, 4] },
];
