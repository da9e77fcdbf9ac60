/** The DOM id of the fieldset that asks the item `itemId`. */
export function itemDomId(itemId: string): string {
  return `q-${itemId}`;
}

/** The DOM id of the error message of the item `itemId`. */
export function errorDomId(itemId: string): string {
  return `e-${itemId}`;
}
