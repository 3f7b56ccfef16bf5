/**
 * Debian's Chromium (apt-get install -y chromium), launched headless with
 * SwiftShader WebGL, since test machines have no GPU, and with no background
 * traffic (updates, sync, first-run checks), since a test machine may have no
 * network. Shared by the browser tests and the benchmark so both measure the
 * same browser the same way.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
