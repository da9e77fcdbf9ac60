import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The class `<html>` carries while a report's own Print button prints,
 * so that the host page can hide everything else in its print styles.
 */
export const PRINTING_CLASS = 'sctmm-printing-report';

/** The custom state of the one report whose footer repeats on paper. */
const STATE = 'repeat-footer';

type Host = ReactiveControllerHost & HTMLElement;

const owners = new Map<Host, ElementInternals>();
let printing: Host | undefined;

function inPageOrder(a: Host, b: Host): number {
  const after = a.compareDocumentPosition(b) &
    Node.DOCUMENT_POSITION_FOLLOWING;
  return after ? -1 : 1;
}

/**
 * Chooses, as reports come and go and as printing starts, the report
 * whose footer repeats at the foot of every page: the one whose Print
 * button was pressed, else the first on the page. A fixed box repeats
 * on every printed page, so two repeating footers would print over each
 * other.
 */
function choose() {
  const first = [...owners.keys()].sort(inPageOrder)[0];
  const owner = printing && owners.has(printing) ? printing : first;
  for (const [host, internals] of owners) {
    if (host === owner) internals.states?.add(STATE);
    else internals.states?.delete(STATE);
  }
}

function done() {
  printing = undefined;
  document.documentElement.classList.remove(PRINTING_CLASS);
  choose();
}

/**
 * Prints the page from a report's Print button: the report's footer is
 * the one that repeats, and `<html>` carries `PRINTING_CLASS` until the
 * printing ends.
 */
export function printFrom(host: HTMLElement): void {
  printing = host as Host;
  document.documentElement.classList.add(PRINTING_CLASS);
  window.print();
}

/**
 * Keeps a report in the list of those that may own the printed footer,
 * and listens for printing while any report is on the page.
 */
export class PrintOwner implements ReactiveController {
  private readonly internals: ElementInternals;

  constructor(private readonly host: Host) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostConnected(): void {
    owners.set(this.host, this.internals);
    choose();
    if (owners.size !== 1) return;
    window.addEventListener('beforeprint', choose);
    window.addEventListener('afterprint', done);
  }

  hostDisconnected(): void {
    owners.delete(this.host);
    this.internals.states?.delete(STATE);
    choose();
    if (owners.size !== 0) return;
    window.removeEventListener('beforeprint', choose);
    window.removeEventListener('afterprint', done);
  }
}
