// The pass/fail bookkeeping of the smoke scripts: one line per check,
// then `N passed, N failed`, and an exit status.

let passed = 0;
let failed = 0;

/** Counts a check and prints `PASS name` or `FAIL name: detail`. */
export function report(ok, name, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

/**
 * Runs `main`, counting a throw as a failed check named `label`, and
 * exits with 0 only when every check passed and there was one at least.
 * The run fails by itself after `timeoutMs`, whatever hangs.
 */
export async function runChecks(label, main, timeoutMs) {
  const guard = setTimeout(() => {
    report(false, label, `still running after ${timeoutMs / 1000} s`);
    finish();
  }, timeoutMs);

  try {
    await main();
  } catch (e) {
    report(false, label, e?.message ?? String(e));
  }
  clearTimeout(guard);
  finish();
}
