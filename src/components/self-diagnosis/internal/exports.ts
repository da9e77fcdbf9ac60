import { capacityResultToCsv } from '../../../engine/csv.ts';
import type { Assessment } from '../../../engine/schema/assessment.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import type { Model } from '../../../engine/schema/model.ts';
import type { CapacityResult } from '../../../engine/schema/result.ts';
import { downloadFile, todayIso } from '../../shared/download.ts';

/** What a download of the result is made of. */
export interface ResultExport {
  instrument: Instrument;
  model: Model;
  result: CapacityResult;
  assessment: Assessment;
  lang: Lang;
  /** The file name before the date and extension. */
  baseName: string;
}

/**
 * Offers the result as a file: the `Assessment` JSON, or a CSV with a
 * byte order mark so that spreadsheets read its accents right.
 */
export function downloadResult(kind: 'json' | 'csv', data: ResultExport) {
  const name = `${data.baseName}-${todayIso()}.${kind}`;
  if (kind === 'json') {
    const json = JSON.stringify(data.assessment, null, 2);
    downloadFile(name, json, 'application/json');
    return;
  }
  const csv = capacityResultToCsv(data.result, data.instrument, data.model,
    data.lang);
  downloadFile(name, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}
