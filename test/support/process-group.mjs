// Servers a test starts (a database, a web server), each in a process group of its own, so that
// ending the group ends every process the server started. PHP's built-in web server forks
// PHP_CLI_SERVER_WORKERS workers: a SIGTERM to the process that was spawned does not reach them,
// and they were found still listening an hour after a test had ended. Linux only (it reads
// /proc), as are the tests that use it.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** The groups started and not yet ended, by process group id. */
const running = new Set();

/**
 * Starts `command` as the leader of a new process group (spawn's `detached`: a new session),
 * its output appended to `logFile`.
 * @returns {import('node:child_process').ChildProcess & { stopping?: boolean }}
 */
export function startGroup(name, command, args, { logFile, env = {} }) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  });
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`${name} stopped (${code ?? signal}): see ${logFile}`);
  });
  running.add(child.pid);
  return child;
}

/** The processes of a group that are still running (zombies, already ended, are left out). */
export async function groupMembers(pgid) {
  const members = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp …; comm may hold spaces and brackets, so read after the last ')'.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === pgid && state !== 'Z') members.push(Number(entry));
  }
  return members;
}

/** Ends the group: SIGTERM to every process in it, SIGKILL to what is left after `ms`. */
export async function stopGroup(child, ms = 10_000) {
  child.stopping = true;
  const pgid = child.pid;
  const signalGroup = (signal) => {
    try {
      process.kill(-pgid, signal);
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
  };
  signalGroup('SIGTERM');
  const deadline = Date.now() + ms;
  for (let members; (members = await groupMembers(pgid)).length;) {
    if (Date.now() > deadline + 5_000) {
      throw new Error(`process group ${pgid} outlived SIGKILL: ${members.join(' ')}`);
    }
    if (Date.now() > deadline) signalGroup('SIGKILL');
    await sleep(50);
  }
  running.delete(pgid);
}

/** Processes whose command line holds `text` (a test's own temporary folder, say). */
export async function processesNaming(text) {
  const found = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const command = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => ''))
      .split('\0')
      .join(' ');
    if (command.includes(text)) found.push(`${entry}: ${command.trim()}`);
  }
  return found;
}

// A test process that ends early (an uncaught error, Ctrl-C, the runner's timeout) still ends
// the groups it started: they are in sessions of their own, so nothing else would.
process.on('exit', () => {
  for (const pgid of running) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => process.exit(code));
}
