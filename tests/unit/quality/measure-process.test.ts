// Wall time and peak memory of a command and its children, from /proc.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parentOf, runMeasured, statusBytes } from '../../../scripts/quality/measure-process.mjs';

describe('/proc parsing', () => {
  it('reads kB fields as bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(statusBytes(status, 'VmHWM')).toBe(204800 * 1024);
    expect(statusBytes(status, 'VmRSS')).toBe(102400 * 1024);
    expect(statusBytes(status, 'VmSwap')).toBe(0);
  });
  it('finds the parent pid even when the command name has spaces and parentheses', () => {
    expect(parentOf('1234 (node (worker) x) S 99 1234 1234 0 -1')).toBe(99);
  });
});

describe.runIf(existsSync('/proc/self/status'))('runMeasured', () => {
  it('sees the memory a grandchild holds, and the wall time', async () => {
    // A child that starts a grandchild holding about 300 MB for half a second.
    const grandchild = 'const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 500)';
    const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' })`;
    const result = await runMeasured(process.execPath, ['-e', child]);
    expect(result.code).toBe(0);
    expect(result.output.trim()).toBe('1');
    expect(result.wallMs).toBeGreaterThan(500);
    expect(result.peakBytes).toBeGreaterThan(300 * 1024 * 1024);
  });
  it('reports a failing command’s exit code', async () => {
    expect((await runMeasured(process.execPath, ['-e', 'process.exit(3)'])).code).toBe(3);
  });
});
