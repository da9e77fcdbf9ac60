/**
 * The answers the result and export tests give, their scores worked out
 * by hand, and the fixtures that reach the result with them.
 */
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Answer } from '../../src/engine/schema/responses.ts';
import {
  AXIS_QUESTIONS,
  type SctmmSelfDiagnosis,
  build,
  clickNext,
  clickThroughAxes,
} from './helpers.ts';

/*
 * The answers used throughout, and their scores worked out by hand:
 *   axis 1 (4 questions): 3, 3, 4, 4   -> 14 / 4 = 3.5       -> level 4
 *   axis 2 (5 questions): 5 x 5        -> 25 / 5 = 5         -> level 5
 *   axis 3 (4 questions): 1, 2, 2, 2   -> 7 / 4 = 1.75 ~ 1.8 -> level 2
 *   axis 4 (3 questions): 6, 6, N/A    -> 12 / 2 = 6         -> level 6
 *   axis 5 (3 questions): 2, 3, 3      -> 8 / 3 = 2.67 ~ 2.7 -> level 3
 *   overall: (3.5 + 5 + 1.75 + 6 + 8/3) / 5 = 18.9167 / 5 = 3.7833
 *            ~ 3.8 -> level 4
 */
export const ANSWERS: Answer[][] = [
  [3, 3, 4, 4],
  [5, 5, 5, 5, 5],
  [1, 2, 2, 2],
  [6, 6, 'na'],
  [2, 3, 3],
];
export const AXIS_SCORES = [14 / 4, 25 / 5, 7 / 4, 12 / 2, 8 / 3];
export const AXIS_LEVELS = [4, 5, 2, 6, 3];
export const OVERALL = (3.5 + 5 + 1.75 + 6 + 8 / 3) / 5;
export const OVERALL_LEVEL = 4;
export const SHOWN_ES = {
  axes: ['3,5', '5,0', '1,8', '6,0', '2,7'],
  overall: '3,8',
};
export const SHOWN_EN = {
  axes: ['3.5', '5.0', '1.8', '6.0', '2.7'],
  overall: '3.8',
};
export const LEVEL_NAMES = {
  es: ['Básico', 'Aislado', 'Coordinado', 'Conectado', 'Integrado',
    'Optimizado'],
  en: ['Basic', 'Isolated', 'Coordinated', 'Connected', 'Integrated',
    'Optimized'],
};

export function answersById(): Record<string, Answer> {
  return Object.fromEntries(
    AXIS_QUESTIONS.flatMap((ids, a) =>
      ids.map((id, q) => [id, ANSWERS[a]![q]!])),
  );
}

/** Answers every axis by clicking and opens the result. */
export async function atResult(
  template: TemplateResult = html`<sctmm-self-diagnosis
    entity-name="Alcaldía de Prueba"></sctmm-self-diagnosis>`,
): Promise<SctmmSelfDiagnosis> {
  const el = await build(template);
  await clickThroughAxes(el, ANSWERS);
  await clickNext(el);
  return el;
}

export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-` +
    pad(now.getDate());
}

/** Catches the file the element offers for download. */
export function catchDownload() {
  const caught: { blob?: Blob; name?: string; clicks: number } = {
    clicks: 0,
  };
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    caught.blob = blob as Blob;
    return 'blob:caught';
  };
  const onClick = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (link.localName !== 'a' || !link.hasAttribute('download')) return;
    event.preventDefault();
    caught.clicks++;
    caught.name = link.download;
  };
  document.addEventListener('click', onClick, true);
  return {
    caught,
    restore() {
      URL.createObjectURL = create;
      document.removeEventListener('click', onClick, true);
    },
  };
}

