function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A new random id for a response, as a UUID v4. `crypto.randomUUID` only
 * exists in secure contexts (HTTPS, localhost), so a page served over
 * plain HTTP gets one built from `crypto.getRandomValues`, which every
 * browser has.
 */
export function newResponseId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const text = hex(bytes);
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-` +
    `${text.slice(16, 20)}-${text.slice(20)}`;
}
