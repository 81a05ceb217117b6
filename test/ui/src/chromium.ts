import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Debian's chromium; playwright-core brings no browser of its own (nothing is downloaded). */
export const CHROMIUM_PATH = process.env.TRELLIS_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags this machine needs: no sandbox (tests run as root), no GPU, and none of Chromium's
 * background connections (component updates, sync, QUIC probes), which only fail on a host that
 * reaches nothing but loopback.
 */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A running Chromium and the connection that drives it. */
export interface RunningChromium {
  readonly browser: Browser;
  /** The browser process this test started (the only one it may end). */
  readonly pid: number | undefined;
  close(graceMs?: number): Promise<void>;
}

/**
 * Starts headless Chromium as a browser server (so its PID is known) and connects to it over
 * loopback. Playwright gives each launch a fresh, empty `--user-data-dir` of its own and removes
 * it on close. Throws naming the Debian package when the browser is missing: the test must fail
 * then, not skip.
 */
export async function launchChromium(): Promise<RunningChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's package with 'apt-get install -y chromium' (tools/setup.sh --system, which npm test runs, does it as root)`);
  }
  const server: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS, host: '127.0.0.1', timeout: 60_000 });
  const pid = server.process().pid;
  try {
    const browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
    return { browser, pid, close: (graceMs) => closeServer(server, browser, pid, graceMs) };
  } catch (err) {
    await server.kill();
    throw err;
  }
}

/** Closes the connection and the browser; if it does not go within `graceMs`, ends its process by PID. */
async function closeServer(server: BrowserServer, browser: Browser, pid: number | undefined, graceMs = 10_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closing = browser
    .close()
    .catch(() => undefined)
    .then(() => server.close())
    .then(() => true);
  const closed = await Promise.race([closing, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)))]);
  clearTimeout(timer);
  if (!closed && pid !== undefined) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
