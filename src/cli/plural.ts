/**
 * A count and its noun, singular for one: `1 row`, `2 rows`. `many`
 * defaults to `one` and an `s`.
 */
export function counted(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
