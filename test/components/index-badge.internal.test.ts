import { expect } from '@open-wc/testing';
import {
  checkStatic,
  numberAttribute,
} from '../../src/components/index-badge/internal/inputs.ts';
import { nextDelay } from '../../src/components/index-badge/internal/poller.ts';
import {
  badgeSvg,
  escapeXml,
} from '../../src/components/index-badge/internal/svg.ts';
import {
  type BadgeData,
  daysBetween,
  resolveView,
} from '../../src/components/index-badge/internal/view.ts';

const data: BadgeData = {
  score: 3.8,
  level: 4,
  levels: 6,
  measuredAt: '2026-06-30',
  missing: [],
};

describe('nextDelay', () => {
  it('waits refresh seconds after a success', () => {
    expect(nextDelay(60, 0)).to.equal(60);
  });

  it('doubles the wait after each failure, up to 8 × refresh', () => {
    const waits = [1, 2, 3, 4, 5].map((failures) => nextDelay(1, failures));

    expect(waits).to.deep.equal([2, 4, 8, 8, 8]);
  });

  it('waits at most an hour, unless refresh is longer', () => {
    expect(nextDelay(600, 1)).to.equal(1200);
    expect(nextDelay(600, 3)).to.equal(3600);
    expect(nextDelay(7200, 2)).to.equal(7200);
  });
});

describe('daysBetween', () => {
  it('counts whole days across months, years and leap days', () => {
    expect(daysBetween('2026-06-30', '2026-06-30')).to.equal(0);
    expect(daysBetween('2026-06-30', '2026-07-01')).to.equal(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).to.equal(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).to.equal(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).to.equal(365);
  });

  it('is negative for a date in the future', () => {
    expect(daysBetween('2026-07-02', '2026-06-30')).to.equal(-2);
  });
});

describe('resolveView', () => {
  const value = { kind: 'value', data, origin: 'attribute' } as const;

  it('is ready up to max-age days, stale the day after', () => {
    expect(resolveView(value, 400, '2027-08-04').state).to.equal('ready');
    expect(resolveView(value, 400, '2027-08-05').state).to.equal('stale');
    expect(resolveView(value, 400, '2027-08-05').old).to.equal(true);
  });

  it('is ready for a date in the future', () => {
    expect(resolveView(value, 0, '2026-06-01').state).to.equal('ready');
  });

  it('is ready without a date of measurement', () => {
    const undated = { ...value, data: { ...data, measuredAt: undefined } };

    expect(resolveView(undated, 0, '2030-01-01').state).to.equal('ready');
  });

  it('is loading, then error or stale, for src', () => {
    const failure = { reason: 'http', status: 500, issues: [] } as const;
    const live = (more: object) =>
      resolveView({ kind: 'live', loading: false, ...more }, 400,
        '2026-07-01');

    expect(live({ loading: true }).state).to.equal('loading');
    expect(live({ failure }).state).to.equal('error');
    expect(live({ data }).state).to.equal('ready');
    expect(live({ data, loading: true }).state).to.equal('ready');
    expect(live({ data, failure }).state).to.equal('stale');
    expect(live({ data, failure }).old).to.equal(false);
  });

  it('is empty without data', () => {
    expect(resolveView({ kind: 'empty' }, 400, '2026-07-01').state)
      .to.equal('empty');
  });
});

describe('numberAttribute', () => {
  const read = numberAttribute.fromAttribute;

  it('reads decimal points and commas', () => {
    expect(read('3.8')).to.equal(3.8);
    expect(read(' 3,8 ')).to.equal(3.8);
    expect(read('6')).to.equal(6);
  });

  it('gives undefined without the attribute, NaN for the unreadable', () => {
    expect(read(null)).to.equal(undefined);
    expect(read('')).to.be.NaN;
    expect(read('alto')).to.be.NaN;
    expect(read('1.234,5')).to.be.NaN;
  });
});

describe('checkStatic', () => {
  it('gives the level of the score when none is given', () => {
    expect(checkStatic({ score: 2.05 }, 6)).to.deep.equal({
      ok: true, value: { score: 2.05, level: 3 } });
  });

  it('names the attributes at fault', () => {
    const checked = checkStatic({ score: 3.8, level: 2.5,
      measuredAt: '2026-13-01' }, 6);

    expect(checked.ok ? [] : checked.issues.map((i) => i.path))
      .to.deep.equal(['level', 'measured-at']);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml('<a & "b" \'c\'> ñ')).to.equal(
      '&#60;a &#38; &#34;b&#34; &#39;c&#39;&#62; ñ');
  });
});

describe('badgeSvg', () => {
  it('sizes each box to its text plus padding', () => {
    const svg = badgeSvg('Título', [
      { text: 'abcd', fill: '#000000', color: '#ffffff' },
      { text: 'ab', fill: '#ffffff', color: '#000000', stroke: '#767676' },
    ], (text) => text.length * 10);

    expect(svg).to.contain('width="84" height="20"');
    expect(svg).to.contain('<rect x="0" y="0" width="52"');
    expect(svg).to.contain('textLength="40"');
    expect(svg).to.contain('<rect x="52.5" y="0.5" width="31"');
  });
});
