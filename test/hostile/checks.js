// What the hostile-page tests look at, run inside the page: whether every
// element rendered its real data, and where its parts lie.

/** The ids of the hosts on the pages that embed every element. */
export const hostIds = ['badge', 'badge-card', 'radar', 'table', 'diagnosis',
  'survey', 'report'];

/**
 * Whether every element of the page shows its data. It runs in the page,
 * so it is one self-contained function.
 */
function everyElementShows() {
  const root = (id) => document.getElementById(id)?.shadowRoot;
  const all = (id, selector) => root(id)?.querySelectorAll(selector) ?? [];
  const text = (id, selector) =>
    root(id)?.querySelector(selector)?.textContent ?? '';
  return /Nivel \d/.test(text('badge', '[part~="value"]')) &&
    all('badge-card', '[part~="entity"]').length === 1 &&
    all('radar', '[part~="line"]').length === 2 &&
    all('table', '[part~="row"]').length > 0 &&
    all('diagnosis', '[part~="heading"]').length === 1 &&
    all('survey', '[part~="heading"]').length === 1 &&
    all('report', '[part~="header"]').length === 1 &&
    [...all('report', 'sctmm-radar-chart')].every((radar) =>
      radar.shadowRoot?.querySelector('[part~="line"]'));
}

/** Waits until every element of the page shows its data. */
export async function everyElementReady(page, timeout = 15000) {
  await page.waitForFunction(everyElementShows, { timeout, polling: 100 });
}

/** The inherited text properties that the text-style check compares. */
const textProperties = ['color', 'font-family', 'font-size', 'font-style',
  'font-weight', 'font-variant', 'font-stretch', 'line-height',
  'letter-spacing', 'word-spacing', 'text-align', 'text-indent',
  'text-transform', 'text-shadow', 'white-space', 'word-break', 'hyphens'];

/**
 * Every host and every named part in its shadow root (and in the shadow
 * roots nested in it), keyed by host id, part path and position: its box
 * relative to the host's top left corner (the host's own: its size), and
 * its computed text properties.
 */
function parts(page) {
  return page.evaluate((ids, properties) => {
    const found = {};
    const round = (n) => Math.round(n * 10) / 10;
    const text = (node) => {
      const style = getComputedStyle(node);
      return Object.fromEntries(properties.map((p) =>
        [p, style.getPropertyValue(p)]));
    };
    const visit = (root, origin, prefix) => {
      const seen = {};
      for (const node of root.querySelectorAll('[part]')) {
        const part = node.getAttribute('part');
        seen[part] = (seen[part] ?? 0) + 1;
        const key = `${prefix} ${part} #${seen[part]}`;
        const box = node.getBoundingClientRect();
        // A part that is not rendered (display: none or contents) has an
        // empty box at the viewport's corner: only its size counts.
        const shown = box.width > 0 || box.height > 0;
        found[key] = { text: text(node), box: (shown ? [box.x - origin.x,
          box.y - origin.y, box.width, box.height] : [0, 0, 0, 0])
          .map(round) };
        if (node.shadowRoot) visit(node.shadowRoot, origin, key);
      }
      for (const host of root.querySelectorAll('*')) {
        if (host.shadowRoot && !host.hasAttribute('part')) {
          visit(host.shadowRoot, origin, `${prefix} ${host.localName}`);
        }
      }
    };
    for (const id of ids) {
      const host = document.getElementById(id);
      const box = host.getBoundingClientRect();
      found[id] = { text: text(host), box: [box.width, box.height]
        .map(round) };
      visit(host.shadowRoot, box, id);
    }
    return found;
  }, hostIds, textProperties);
}

/**
 * The box of every host and of every named part in its shadow root (and
 * in the shadow roots nested in it), relative to the host's top left
 * corner, keyed by host id, part path and position.
 */
export async function geometry(page) {
  const found = await parts(page);
  return Object.fromEntries(Object.entries(found)
    .map(([key, { box }]) => [key, box]));
}

/**
 * The computed inherited text properties of every host and named part,
 * keyed as `geometry` keys them, then by property; each value is in an
 * array, as `differences` takes it.
 */
export async function textStyles(page) {
  const styles = {};
  for (const [key, { text }] of Object.entries(await parts(page))) {
    for (const [property, value] of Object.entries(text)) {
      styles[`${key} ${property}`] = [value];
    }
  }
  return styles;
}

/**
 * The keys whose boxes differ by more than `tolerance` px, or whose text
 * properties differ at all.
 */
export function differences(clean, other, tolerance = 0.5) {
  const keys = new Set([...Object.keys(clean), ...Object.keys(other)]);
  const differs = (a, b) => typeof a === 'number'
    ? Math.abs(a - b) > tolerance : a !== b;
  return [...keys].filter((key) => {
    const a = clean[key];
    const b = other[key];
    return !a || !b || a.some((n, i) => differs(n, b[i]));
  }).map((key) => `${key}: ${clean[key]} → ${other[key]}`);
}

/** The text of the first `selector` in the shadow root of `#id`. */
export function shadowText(page, id, selector) {
  return page.evaluate((i, s) => document.getElementById(i).shadowRoot
    .querySelector(s)?.textContent.replace(/\s+/g, ' ').trim(), id, selector);
}

/** Waits until `#id`'s shadow root holds `selector`, shown. */
function shown(page, id, selector) {
  return page.waitForFunction((i, s) => {
    const node = document.getElementById(i).shadowRoot.querySelector(s);
    const box = node?.getBoundingClientRect();
    return box && box.width > 0 && box.height > 0;
  }, { timeout: 5000, polling: 50 }, id, selector);
}

/** The element inside the shadow roots that has the focus. */
function focusedPart(page) {
  return page.evaluate(() => {
    let node = document.activeElement;
    while (node?.shadowRoot?.activeElement) {
      node = node.shadowRoot.activeElement;
    }
    return node?.getAttribute('part') ?? node?.localName ?? null;
  });
}

/**
 * Uses every element as a person would, with the real mouse and keys:
 * clicks the radar's data button, a table's "why" button and the
 * survey's first choice and next button, and goes by Tab to the
 * self-diagnosis' start button and presses Enter. Resolves to what each
 * step showed.
 */
export async function useEveryElement(page) {
  const done = {};

  await (await page.$('#radar >>> [part~="toggle"]')).click();
  await shown(page, 'radar', '[part~="table"]');
  done.radar = await shadowText(page, 'radar', '[part~="toggle"]');

  await (await page.$('#table >>> [part~="why"]')).click();
  await shown(page, 'table', '[part~="reason"]');
  done.table = 'reason shown';

  await (await page.$('#survey >>> input[type="radio"]')).click();
  await (await page.$('#survey >>> [part~="next"]')).click();
  await page.waitForFunction(() => document.getElementById('survey')
    .shadowRoot.querySelector('[part~="heading"]')?.textContent
    .includes('Gobernanza'), { timeout: 5000 });
  done.survey = await shadowText(page, 'survey', '[part~="heading"]');

  await page.$eval('#diagnosis >>> [part~="step-list"] button',
    (button) => button.focus());
  for (let i = 0; i < 20; i++) {
    if (await focusedPart(page) === 'next') break;
    await page.keyboard.press('Tab');
  }
  done.focus = await focusedPart(page);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('diagnosis')
    .shadowRoot.querySelector('[part~="heading"]')?.textContent
    .includes('Institucionalidad'), { timeout: 5000 });
  done.diagnosis = await shadowText(page, 'diagnosis', '[part~="heading"]');

  return done;
}

/**
 * What forced colours leave of the elements: the system text colour (of
 * the page's body), each radar's lines and axis labels as painted, and
 * every button or select whose text colour equals its background.
 */
export function forcedColors(page) {
  return page.evaluate(() => {
    const system = getComputedStyle(document.body).color;
    const painted = new Set();
    const unreadable = [];
    const visit = (root) => {
      for (const node of root.querySelectorAll('[part~="line"]')) {
        painted.add(getComputedStyle(node).stroke);
      }
      for (const node of root.querySelectorAll('[part~="label"]')) {
        if (node.localName === 'text') {
          painted.add(getComputedStyle(node).fill);
        }
      }
      for (const node of root.querySelectorAll('button, select')) {
        const style = getComputedStyle(node);
        if (style.color === style.backgroundColor) {
          unreadable.push(node.getAttribute('part') ?? node.localName);
        }
      }
      for (const host of root.querySelectorAll('*')) {
        if (host.shadowRoot) visit(host.shadowRoot);
      }
    };
    visit(document);
    return { system, painted: [...painted], unreadable };
  });
}
