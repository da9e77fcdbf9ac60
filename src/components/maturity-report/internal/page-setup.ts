import { type ReactiveController, css } from 'lit';

/**
 * The paper the report is printed on. `@page` is ignored inside a shadow
 * root, so this rule goes to the document while a report is on it. The
 * bottom margin is small: the report keeps room for its own footer at
 * the foot of each page.
 */
const pageRule = css`
  @page {
    size: A4 portrait;
    margin: 15mm 15mm 10mm;
  }
`;

let reports = 0;

/**
 * Adds the page rule to the document when the first report connects and
 * removes it when the last one leaves, leaving the page's own sheets.
 */
export class PageSetup implements ReactiveController {
  hostConnected(): void {
    const sheet = pageRule.styleSheet;
    reports += 1;
    if (reports !== 1 || !sheet) return;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }

  hostDisconnected(): void {
    const sheet = pageRule.styleSheet;
    reports -= 1;
    if (reports !== 0 || !sheet) return;
    document.adoptedStyleSheets = document.adoptedStyleSheets
      .filter((adopted) => adopted !== sheet);
  }
}
