import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/server/protocol';

describe('command IDs: one registry', () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { contributes: { commands: { command: string; category: string }[] } };

  it('holds exactly the commands package.json contributes, each verbatim.<verb> under category Verbatim', () => {
    assert.deepEqual([...manifest.contributes.commands.map((c) => c.command)].sort(), [...Object.values(COMMANDS)].sort());
    for (const c of manifest.contributes.commands) {
      assert.match(c.command, /^verbatim\.[a-z][A-Za-z]*$/);
      assert.equal(c.category, 'Verbatim');
    }
  });

  it('is what the extension registers: no command ID is spelt out anywhere else in src/', () => {
    const files = (fs.readdirSync(path.resolve(__dirname, '../../src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && f !== path.join('server', 'protocol.ts'));
    for (const f of files) {
      const text = fs.readFileSync(path.resolve(__dirname, '../../src', f), 'utf8');
      for (const id of Object.values(COMMANDS)) {
        assert.ok(!text.includes(`'${id}'`), `${f} spells out '${id}': use COMMANDS`);
      }
    }
  });
});
