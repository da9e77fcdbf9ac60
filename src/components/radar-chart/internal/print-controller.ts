import type {
  ReactiveController,
  ReactiveControllerHost,
} from 'lit';

/**
 * Knows whether the page is being printed, from the print media query and
 * the window's print events, and re-renders its host when that changes:
 * a printed chart shows its data table even when it is closed on screen.
 */
export class PrintController implements ReactiveController {
  printing = false;

  private media?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly set = (printing: boolean) => {
    if (this.printing === printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };

  private readonly onBefore = () => this.set(true);

  private readonly onAfter = () => this.set(false);

  private readonly onMedia = (event: MediaQueryListEvent) =>
    this.set(event.matches);

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
    this.media = window.matchMedia('print');
    this.media.addEventListener('change', this.onMedia);
    this.set(this.media.matches);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
    this.media?.removeEventListener('change', this.onMedia);
  }
}
