/** The value that keyboard users have reached: a series and an axis. */
export interface Cursor {
  series: number;
  axis: number;
}

const wrap = (value: number, count: number) => (value + count) % count;

/**
 * Where a key press moves the cursor on a chart of `axes` axes and
 * `series` series: Left and Right go round the axes, Up and Down through
 * the series, Home and End to the first and last axis; Escape leaves.
 * `false` means the key is not the chart's.
 */
export function moveCursor(
  key: string,
  cursor: Cursor | undefined,
  axes: number,
  series: number,
): Cursor | undefined | false {
  if (axes < 1 || series < 1) return false;
  if (key === 'Escape') return cursor ? undefined : false;
  const moves = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'];
  if (!cursor) {
    return [...moves, 'Home', 'End'].includes(key)
      ? { series: 0, axis: key === 'End' ? axes - 1 : 0 }
      : false;
  }
  const { series: s, axis: a } = cursor;
  switch (key) {
    case 'ArrowRight':
      return { series: s, axis: wrap(a + 1, axes) };
    case 'ArrowLeft':
      return { series: s, axis: wrap(a - 1, axes) };
    case 'ArrowDown':
      return { series: wrap(s + 1, series), axis: a };
    case 'ArrowUp':
      return { series: wrap(s - 1, series), axis: a };
    case 'Home':
      return { series: s, axis: 0 };
    case 'End':
      return { series: s, axis: axes - 1 };
    default:
      return false;
  }
}
