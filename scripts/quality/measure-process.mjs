// @ts-check
// Runs a command and measures its wall time and peak memory. Memory is read
// from /proc (Linux) every 100 ms over the whole process tree, since a build
// spawns workers and Pagefind runs a binary: the peak is the larger of the
// highest tree-wide resident total seen and any one process's own high-water
// mark (VmHWM, which no sampling can miss). Elsewhere memory reads as null.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Parses "VmRSS:   1234 kB" style lines from /proc/<pid>/status into bytes. @param {string} status @param {string} field */
export function statusBytes(status, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Parent pid from /proc/<pid>/stat; the command name may hold spaces and parentheses. @param {string} stat */
export function parentOf(stat) {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[1]);
}

/** Pids of `root` and all its descendants, now. @param {number} root */
function tree(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parent = parentOf(readFileSync(`/proc/${name}/stat`, 'utf8'));
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      /* the process ended while we looked */
    }
  }
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]) ?? []));
  return pids;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ code: number | null, wallMs: number, peakBytes: number | null, output: string }>}
 */
export function runMeasured(command, args, options = {}) {
  const canMeasure = existsSync('/proc/self/status');
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const sample = () => {
      if (!canMeasure || child.pid === undefined) return;
      let total = 0;
      for (const pid of tree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          total += statusBytes(status, 'VmRSS');
          peak = Math.max(peak, statusBytes(status, 'VmHWM'));
        } catch {
          /* ended between listing and reading */
        }
      }
      peak = Math.max(peak, total);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      done({ code, wallMs: performance.now() - start, peakBytes: canMeasure ? peak : null, output });
    });
  });
}
