/**
 * Debian's Chromium and the launch recipe from shared/BROWSER-TESTING.md:
 * SwiftShader WebGL and no background traffic (the machine's network is
 * closed). Shared by the browser tests and the benchmark so both measure
 * the same browser the same way.
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
