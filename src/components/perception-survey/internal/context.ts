import type { Lang } from '../../../engine/schema/common.ts';
import type { Rating, Survey } from '../../../engine/schema/survey.ts';
import type { PerceptionSurveyMessages } from '../messages.ts';
import type { SegmentChoice, SurveyAnswers } from './answers.ts';

/** What the step renderers need from the element. */
export interface SurveyContext {
  lang: Lang;
  t: PerceptionSurveyMessages;
  survey: Survey;
  /** The number of points of the agreement scale. */
  levels: number;
  answers: SurveyAnswers;
  /** Whether unanswered questions of this step are marked as errors. */
  showErrors: boolean;
  chooseSegment(segment: SegmentChoice): void;
  rate(statementId: string, rating: Rating): void;
}
