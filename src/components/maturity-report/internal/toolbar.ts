import { html, nothing } from 'lit';
import type { MaturityReportMessages } from '../messages.ts';

/** What the toolbar's controls do. */
export interface ToolbarHandlers {
  /** A file was chosen in the file input. */
  file(file: File): void;
  exportJson(): void;
  print(): void;
}

function chooseFile(event: Event) {
  const button = event.currentTarget as HTMLElement;
  const input = button.parentElement?.querySelector<HTMLInputElement>(
    'input[type="file"]');
  input?.click();
}

function onFile(event: Event, handlers: ToolbarHandlers) {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) handlers.file(file);
}

/**
 * Import (a button that opens a hidden file input, so that the control
 * is one ordinary button), and, with an assessment shown, export and
 * print. None of them is printed.
 */
export function renderToolbar(
  t: MaturityReportMessages,
  handlers: ToolbarHandlers,
  shown: boolean,
) {
  return html`<div class="toolbar" part="toolbar" role="group"
    aria-label=${t.toolbar}>
    <button type="button" class="secondary" part="import"
      @click=${chooseFile}>${t.importFile}</button>
    <input type="file" class="file-input" hidden
      accept="application/json,.json"
      @change=${(event: Event) => onFile(event, handlers)} />
    ${shown
      ? html`<button type="button" class="primary" part="export"
          @click=${() => handlers.exportJson()}>${t.exportJson}</button>
        <button type="button" class="secondary" part="print"
          @click=${() => handlers.print()}>${t.print}</button>`
      : nothing}
  </div>`;
}
