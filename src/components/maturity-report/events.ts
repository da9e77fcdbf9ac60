import type { Assessment } from '../../engine/schema/assessment.ts';
import type { Issue } from '../../engine/schema/issues.ts';
import type {
  Roadmap,
  RoadmapStatus,
} from '../../engine/schema/roadmap.ts';
import type { SctmmErrorDetail } from '../shared/events.ts';

/** The detail of `sctmm-import`: the assessment the user imported. */
export interface MaturityReportImportDetail {
  assessment: Assessment;
  /** The name of the file imported. */
  fileName: string;
  /** Scores, levels and extras recomputed or left out on import. */
  notes: Issue[];
}

/** The detail of `sctmm-roadmap-change`: a step's new status. */
export interface MaturityReportRoadmapDetail {
  step: string;
  status: RoadmapStatus;
  roadmap: Roadmap;
}

/**
 * The detail of the report's `sctmm-error`: `reason` says more than
 * `code` (e.g. `edition` for an assessment that cannot be carried over
 * to the report's edition), and `origin` says where the document came
 * from.
 */
export interface MaturityReportErrorDetail extends SctmmErrorDetail {
  reason: string;
  origin: 'property' | 'attribute' | 'src' | 'file' | 'storage';
}

declare global {
  interface HTMLElementEventMap {
    'sctmm-import': CustomEvent<MaturityReportImportDetail>;
    'sctmm-roadmap-change': CustomEvent<MaturityReportRoadmapDetail>;
  }
}
