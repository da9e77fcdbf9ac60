import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { defaultSurvey } from '../../../engine/model/index.ts';
import type { Survey } from '../../../engine/schema/survey.ts';
import { DocumentError } from '../../shared/load-document.ts';
import {
  type SurveyOrigin,
  checkSurveyValue,
  loadSurvey,
} from './load-survey.ts';

/** What the source reads from and reports to its element. */
export interface SurveySourceHost extends ReactiveControllerHost, Element {
  survey: unknown;
  surveySrc: string | undefined;
  /** Called once per failure, when it is found. */
  surveyFailed(error: DocumentError): void;
}

/**
 * Where the element's survey comes from: the `survey` property or its
 * JSON attribute, else the document at `survey-src`, else the default
 * survey. Each is checked with the engine; a failure is kept, to be
 * shown, and reported once.
 */
export class SurveySource {
  private checked?: Survey;
  private propertyError?: DocumentError;
  private fromAttribute: unknown;

  private readonly task: Task<[string | undefined], Survey | undefined>;

  constructor(private readonly host: SurveySourceHost) {
    this.task = new Task(host, {
      args: () => [host.survey == null ? host.surveySrc : ''],
      task: ([src], { signal }) =>
        src ? loadSurvey(src, signal) : Promise.resolve(undefined),
      onError: (error) => {
        if (error instanceof DocumentError) host.surveyFailed(error);
      },
    });
  }

  /** Notes that `survey` now holds what its attribute gave. */
  attributeChanged(): void {
    this.fromAttribute = this.host.survey;
  }

  /** Checks `survey` again: call when the property changed. */
  check(): void {
    this.propertyError = undefined;
    this.checked = undefined;
    if (this.host.survey == null) return;
    const checked = checkSurveyValue(this.host.survey);
    if (checked instanceof DocumentError) {
      this.propertyError = checked;
      this.host.surveyFailed(checked);
    } else {
      this.checked = checked;
    }
  }

  /** The survey to ask, once there is a valid one. */
  get survey(): Survey | undefined {
    const { survey, surveySrc } = this.host;
    if (survey != null) return this.checked;
    if (surveySrc) return this.task.value;
    return defaultSurvey;
  }

  /** Why the survey given cannot be used, if it cannot. */
  get failure(): DocumentError | undefined {
    const loadError = this.task.error;
    return this.propertyError ??
      (loadError instanceof DocumentError ? loadError : undefined);
  }

  /** Where the survey came from, as error messages name it. */
  get origin(): SurveyOrigin {
    const { survey, surveySrc } = this.host;
    if (survey == null && surveySrc) return { kind: 'src', url: surveySrc };
    return this.fromAttribute !== undefined && this.fromAttribute === survey
      ? { kind: 'attribute' }
      : { kind: 'property' };
  }
}
