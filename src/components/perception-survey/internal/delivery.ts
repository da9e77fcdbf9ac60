import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SurveyResponse } from '../../../engine/schema/survey.ts';
import {
  type OutboxEntry,
  putEntry,
  readOutbox,
  removeEntry,
} from './outbox.ts';

/** What a delivery attempt gave: accepted (2xx) or not, and the status. */
export interface DeliveryOutcome {
  response: SurveyResponse;
  accepted: boolean;
  /** The HTTP status, when the server answered. */
  status?: number;
}

/** What the delivery reads from and reports to its element. */
export interface DeliveryHost extends ReactiveControllerHost, HTMLElement {
  readonly endpoint: string | undefined;
  /** Whether waiting responses stay in memory only. */
  readonly noPersist: boolean;
  /** The first wait before sending again, in seconds. */
  readonly retryDelaySeconds: number;
  /** Called after each attempt. */
  delivered(outcome: DeliveryOutcome): void;
}

/** The longest wait between two attempts, in seconds. */
export const MAX_RETRY_DELAY = 600;

/** How long one attempt may take before it counts as failed. */
const TIMEOUT_MS = 20_000;

/** Responses being sent by any element of this page, by id. */
const inFlight = new Set<string>();

/** The wait after `attempts` failures: doubled each time, capped. */
export function retryDelay(first: number, attempts: number): number {
  return Math.min(MAX_RETRY_DELAY, first * 2 ** Math.max(0, attempts - 1));
}

async function post(entry: OutboxEntry): Promise<number | undefined> {
  try {
    const response = await fetch(entry.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(entry.response),
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return response.status;
  } catch {
    return undefined;
  }
}

/**
 * Sends responses to the element's `endpoint` through the outbox: each
 * response is saved before it is sent and forgotten only once the server
 * answered 2xx. Waiting responses are sent again when the browser goes
 * back online, when an element with the same endpoint loads, and after a
 * wait that doubles with each failure. A response is never posted twice
 * at the same time, from however many elements of the page.
 */
export class Delivery implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private timerAt = Infinity;
  private connected = false;
  private readonly onOnline = () => void this.flush();

  constructor(private readonly host: DeliveryHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('online', this.onOnline);
    void this.flush();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
    this.timerAt = Infinity;
  }

  /** How many responses wait for the element's endpoint. */
  get pending(): number {
    const endpoint = this.host.endpoint;
    if (!endpoint) return 0;
    return [...readOutbox(this.host).values()]
      .filter((entry) => entry.endpoint === endpoint).length;
  }

  /**
   * Saves `response` in the outbox and starts sending it. Returns whether
   * it was saved on the device; if not, it waits in memory.
   */
  send(response: SurveyResponse): boolean {
    const endpoint = this.host.endpoint;
    if (!endpoint) return false;
    const entry: OutboxEntry = {
      endpoint,
      response,
      attempts: 0,
      queuedAt: new Date().toISOString(),
    };
    const saved = putEntry(this.host, entry, !this.host.noPersist);
    void this.attempt(entry);
    return saved;
  }

  /** Sends every waiting response of the endpoint not being sent. */
  async flush(): Promise<void> {
    const endpoint = this.host.endpoint;
    if (!endpoint || !this.connected) return;
    const waiting = [...readOutbox(this.host).values()]
      .filter((entry) => entry.endpoint === endpoint);
    await Promise.all(waiting.map((entry) => this.attempt(entry)));
  }

  private async attempt(entry: OutboxEntry): Promise<void> {
    const id = entry.response.id;
    if (inFlight.has(id)) return;
    inFlight.add(id);
    const status = await post(entry);
    inFlight.delete(id);

    const accepted = status !== undefined && status >= 200 && status < 300;
    if (accepted) {
      removeEntry(this.host, id);
    } else {
      const current = readOutbox(this.host).get(id);
      if (!current) return;
      const attempts = current.attempts + 1;
      putEntry(this.host, { ...current, attempts }, !this.host.noPersist);
      this.retryIn(retryDelay(this.host.retryDelaySeconds, attempts));
    }
    this.host.delivered({ response: entry.response, accepted, status });
  }

  private retryIn(seconds: number) {
    if (!this.connected) return;
    const at = performance.now() + seconds * 1000;
    if (at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timerAt = Infinity;
      void this.flush();
    }, seconds * 1000);
  }
}
