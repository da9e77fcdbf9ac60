import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IndexSnapshot } from '../../../engine/schema/index-snapshot.ts';
import {
  type BadgeFailure,
  SnapshotLoadError,
  loadSnapshot,
} from './load-snapshot.ts';

/** What the poller tells its host, besides asking it to update. */
export interface PollerListener {
  value(snapshot: IndexSnapshot): void;
  failure(failure: BadgeFailure): void;
}

/** The longest wait between two requests after failures, in seconds. */
const MAX_BACKOFF = 3600;

/** The longest delay a timer takes; longer ones would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const ms = (seconds: number) => Math.min(seconds * 1000, MAX_TIMER_MS);

/**
 * The wait in seconds before the next request: `refresh` after a
 * success; after `failures` failures in a row, `refresh` doubled each
 * time, up to 8 × `refresh` or an hour, whichever is less (never less
 * than `refresh`).
 */
export function nextDelay(refresh: number, failures: number): number {
  if (failures <= 0) return refresh;
  const cap = Math.max(refresh, Math.min(8 * refresh, MAX_BACKOFF));
  return Math.min(refresh * 2 ** failures, cap);
}

/**
 * Fetches a snapshot from `src` while its host is connected: once, or
 * every `refresh` seconds with a backoff after failures. One request at
 * a time, each aborted after `timeout` seconds, on disconnect, or when
 * `src` changes. The last good snapshot is kept through failures and
 * through a disconnect, and dropped when `src` changes.
 */
export class SnapshotPoller implements ReactiveController {
  /** The last good snapshot from the current `src`. */
  snapshot?: IndexSnapshot;

  /** The failure of the last request, until a request succeeds. */
  failure?: BadgeFailure;

  /** Whether a request is under way. */
  loading = false;

  private _src?: string;
  private _refresh = 0;
  private _timeout = 10;
  private _failures = 0;
  private _epoch = 0;
  private _connected = false;
  private _request?: AbortController;
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _listener: PollerListener,
  ) {
    _host.addController(this);
  }

  /** Sets what to fetch and how often; `refresh` 0 fetches once. */
  configure(src: string | undefined, refresh: number, timeout: number) {
    const refreshChanged = refresh !== this._refresh;
    this._refresh = refresh;
    this._timeout = timeout;
    if (src !== this._src) {
      this._stop();
      this._src = src;
      this.snapshot = undefined;
      this.failure = undefined;
      this._failures = 0;
      this._fetch();
    } else if (refreshChanged && !this._request) {
      this._schedule();
    }
  }

  hostConnected(): void {
    this._connected = true;
    this._fetch();
  }

  hostDisconnected(): void {
    this._connected = false;
    this._stop();
  }

  private _stop() {
    this._epoch++;
    this._request?.abort();
    this._request = undefined;
    clearTimeout(this._timer);
    this._timer = undefined;
    this.loading = false;
  }

  private _schedule() {
    clearTimeout(this._timer);
    this._timer = undefined;
    if (!this._connected || !this._src || !(this._refresh > 0)) return;
    const delay = nextDelay(this._refresh, this._failures);
    this._timer = setTimeout(() => this._fetch(), ms(delay));
  }

  private _fetch() {
    const src = this._src;
    if (!this._connected || !src || this._request) return;
    clearTimeout(this._timer);
    this._timer = undefined;
    const request = new AbortController();
    this._request = request;
    this.loading = true;
    this._host.requestUpdate();
    void this._load(src, request, this._epoch);
  }

  private async _load(src: string, request: AbortController, epoch: number) {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, ms(this._timeout));
    try {
      const snapshot = await loadSnapshot(src, request.signal);
      if (epoch !== this._epoch) return;
      this._failures = 0;
      this.failure = undefined;
      this.snapshot = snapshot;
      this._listener.value(snapshot);
    } catch (error) {
      if (epoch !== this._epoch) return;
      this._failures++;
      this.failure = timedOut ? { reason: 'timeout', issues: [] }
        : error instanceof SnapshotLoadError ? error.failure
        : { reason: 'network', issues: [] };
      this._listener.failure(this.failure);
    } finally {
      clearTimeout(timer);
      if (epoch === this._epoch) {
        this._request = undefined;
        this.loading = false;
        this._schedule();
        this._host.requestUpdate();
      }
    }
  }
}
