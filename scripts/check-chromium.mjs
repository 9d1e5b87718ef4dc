// Browser tests drive Debian's Chromium; they never download a browser. Say how to get it.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Chromium was not found at ${path}.
The browser tests use the system's Chromium (never a downloaded one). Install it with:

    sudo apt-get update && sudo apt-get install -y chromium

or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`);
  process.exit(1);
}
