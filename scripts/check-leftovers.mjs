// Fails when a process started by this project's tests is still running: run after the tests
// (.ci/run does). "Started by this project" is any process whose working folder is inside this
// checkout (browsers, drivers, web and database servers all inherit it), other than this script
// and the commands that ran it. Each one is listed, with whether it listens on a TCP port.
// Linux only (it reads /proc); elsewhere it says so and passes.
import { readdir, readFile, readlink } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');

async function processes() {
  const found = [];
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    found.push({
      pid,
      ppid: Number(ppid),
      state,
      cwd: await readlink(`/proc/${pid}/cwd`).catch(() => ''),
      command: (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''))
        .split('\0')
        .join(' ')
        .trim(),
    });
  }
  return found;
}

/** The socket inodes that listen on TCP (state 0A), from /proc/net/tcp and tcp6. */
async function listeningInodes() {
  const inodes = new Map();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      if (fields[3] === '0A') inodes.set(fields[9], Number.parseInt(fields[1].split(':')[1], 16));
    }
  }
  return inodes;
}

const all = await processes();
if (!all.length) {
  console.log('check-leftovers: no /proc here; nothing checked');
  process.exit(0);
}
const byPid = new Map(all.map((p) => [p.pid, p]));
const ancestors = new Set();
for (let pid = process.pid; pid > 1 && !ancestors.has(pid); pid = byPid.get(pid)?.ppid ?? 0) {
  ancestors.add(pid);
}
const inside = (cwd) => cwd === ROOT || cwd.startsWith(`${ROOT}/`);
const leftovers = all.filter((p) => !ancestors.has(p.pid) && p.state !== 'Z' && inside(p.cwd));
if (!leftovers.length) {
  console.log('check-leftovers: no process of the tests is left running');
  process.exit(0);
}
const listening = await listeningInodes();
for (const leftover of leftovers) {
  const ports = [];
  for (const fd of await readdir(`/proc/${leftover.pid}/fd`).catch(() => [])) {
    const target = await readlink(`/proc/${leftover.pid}/fd/${fd}`).catch(() => '');
    const inode = target.match(/^socket:\[(\d+)\]$/)?.[1];
    if (inode && listening.has(inode)) ports.push(listening.get(inode));
  }
  console.error(
    `check-leftovers: still running: ${leftover.pid} ${leftover.command}${ports.length ? ` (listening on ${ports.join(', ')})` : ''}`,
  );
}
process.exit(1);
