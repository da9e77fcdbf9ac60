import { levelColor } from '../../../engine/shields.ts';
import { type Measure, type SvgSegment, badgeSvg } from './svg.ts';
import { type TextContext, notes, sentence, valueText } from './texts.ts';

/**
 * The default colours of the badge, as its styles set them; an SVG
 * image cannot read the page's custom properties.
 */
const colors = {
  label: '#4b4b4b',
  onColor: '#ffffff',
  stale: '#767676',
  surface: '#ffffff',
  surfaceAlt: '#f2f5fb',
  text: '#1f1f1f',
  muted: '#4b4b4b',
  border: '#767676',
  error: '#a80521',
};

function valueSegment(ctx: TextContext): SvgSegment {
  const text = valueText(ctx);
  const { state, data } = ctx.view;
  if (data) {
    const fill = state === 'stale' ? colors.stale
      : levelColor(data.level, data.levels);
    return { text, fill, color: colors.onColor };
  }
  if (state === 'error') {
    return { text, fill: colors.surface, color: colors.error,
      stroke: colors.error };
  }
  if (state === 'loading') {
    return { text, fill: colors.surfaceAlt, color: colors.muted };
  }
  return { text, fill: colors.surface, color: colors.muted,
    stroke: colors.border };
}

/** The flat badge of `ctx` as a standalone SVG document. */
export function svgOfBadge(ctx: TextContext, measure?: Measure): string {
  const segments: SvgSegment[] = [
    { text: ctx.label, fill: colors.label, color: colors.onColor },
    valueSegment(ctx),
  ];
  const extra = notes(ctx);
  if (extra.length) {
    segments.push({ text: extra.join(' · '), fill: colors.surface,
      color: colors.text, stroke: colors.border });
  }
  return badgeSvg(sentence(ctx), segments, measure);
}
