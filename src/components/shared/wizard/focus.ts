import { itemDomId } from './ids.ts';

/** How long after a step change a double click's second click is void. */
const DOUBLE_CLICK_MS = 700;

/** Focuses the first element of `root` that matches `selector`. */
export function focusFirst(root: ParentNode, selector: string): void {
  root.querySelector<HTMLElement>(selector)?.focus();
}

/**
 * Focuses an item's chosen or first option, with the item's top in
 * view: on a phone its question would otherwise scroll out of sight.
 */
export function focusItem(root: ParentNode, itemId: string): void {
  const field = root.querySelector(`#${itemDomId(itemId)}`);
  const input = field?.querySelector<HTMLInputElement>('input:checked') ??
    field?.querySelector<HTMLInputElement>('input');
  input?.focus({ preventScroll: true });
  field?.scrollIntoView({ block: 'start' });
  input?.scrollIntoView({ block: 'nearest' });
}

/**
 * Swallows the second click of a double click that lands on a step just
 * shown, so that an option appearing under the pointer where the Next
 * button was is never chosen by accident. Bind it as the listener of
 * the step's `click`: Lit reads `capture` from it.
 */
export class DoubleClickGuard {
  readonly capture = true;
  private movedAt = -Infinity;

  /** Marks the moment the step changed. */
  moved(): void {
    this.movedAt = performance.now();
  }

  handleEvent(event: MouseEvent): void {
    const sinceMove = performance.now() - this.movedAt;
    if (event.detail > 1 && sinceMove < DOUBLE_CLICK_MS) {
      event.preventDefault();
      event.stopPropagation();
    }
  }
}
