import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { HOSTILE_CASES } from './helpers/hostileCase';
import { ROOT } from './helpers/seedLibrary';

// Each case (test/unit/helpers/hostileCase.ts) runs about 1 MB of hostile text through a scanner in
// a child process. Quadratic work on it takes minutes; linear work takes well under a second. The
// limit below is generous for a busy shared machine yet far below what a quadratic scan needs, and
// a hang is killed at the outer limit, so no case can pass by luck or stall the suite.
const WORK_LIMIT_MS = 5000;
const KILL_AFTER_MS = 60000;

describe('hostile input: every scan stays linear', function () {
  this.timeout(KILL_AFTER_MS + 10000);

  for (const name of HOSTILE_CASES) {
    it(`${name}: about 1 MB in well under ${WORK_LIMIT_MS / 1000} s`, () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'helpers/hostileCase.ts'), name], { cwd: ROOT, encoding: 'utf8', timeout: KILL_AFTER_MS, killSignal: 'SIGKILL' });
      assert.equal(r.signal, null, `killed after ${KILL_AFTER_MS / 1000} s: it hangs or is super-linear`);
      assert.equal(r.status, 0, r.stderr);
      const { ms, detail } = JSON.parse(r.stdout) as { ms: number; detail: unknown };
      assert.ok(ms < WORK_LIMIT_MS, `${Math.round(ms)} ms (limit ${WORK_LIMIT_MS} ms); result ${JSON.stringify(detail)}`);
    });
  }
});
