import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type LabelFont, forgetWidths } from './measure.ts';

/** The label size relative to the host's font when none is set. */
const LABEL_SCALE = 0.875;

/**
 * Follows the width of its host (content box, whole pixels) and the font
 * its labels will use, and asks the host to update when either changes.
 * The width is 0 while the host is not laid out: hidden, in a closed
 * `<details>`, or not yet in a document.
 */
export class SizeController implements ReactiveController {
  /** The host's width in CSS pixels, rounded down. */
  width = 0;

  /** The labels' font; its size is in CSS pixels. */
  font: LabelFont = { size: 14, family: 'sans-serif' };

  /** Grows each time web fonts finish loading, so layouts are redone. */
  fontEpoch = 0;

  private _observer?: ResizeObserver;
  private _read = false;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer ??= new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentBoxSize?.[0];
      this._update(box?.inlineSize ?? this._host.clientWidth);
    });
    this._observer.observe(this._host);
    document.fonts?.addEventListener('loadingdone', this._fontsLoaded);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    document.fonts?.removeEventListener('loadingdone', this._fontsLoaded);
  }

  /** Web fonts change the widths of labels measured before they came. */
  private readonly _fontsLoaded = () => {
    forgetWidths();
    this.fontEpoch++;
    this._host.requestUpdate();
  };

  /**
   * Reads the width now if it was never read, so that the first render
   * draws the chart instead of waiting a frame for the observer.
   */
  readOnce(): void {
    if (this._read || !this._host.isConnected) return;
    const style = getComputedStyle(this._host);
    const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth',
      'borderRightWidth'] as const;
    const inset = sides.reduce((sum, s) => sum + (parseFloat(style[s]) || 0),
      0);
    this._update(this._host.getBoundingClientRect().width - inset, style);
  }

  private _update(width: number, style = getComputedStyle(this._host)) {
    this._read = true;
    const next = Math.max(0, Math.floor(width) || 0);
    const scale = parseFloat(
      style.getPropertyValue('--sctmm-radar-label-scale'),
    );
    const size = (parseFloat(style.fontSize) || 16) *
      (scale > 0 ? scale : LABEL_SCALE);
    const font = { size, family: style.fontFamily || 'sans-serif' };
    const changed = next !== this.width || font.size !== this.font.size ||
      font.family !== this.font.family;
    this.width = next;
    this.font = font;
    if (changed) this._host.requestUpdate();
  }
}
