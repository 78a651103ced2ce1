// Runs before every npm script. Written for any Node version, so that an old Node
// gets one clear line instead of a stack trace from deep inside Astro or Vitest.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node.js 22.12 or newer (found ${process.versions.node}); run it through npm so the bundled Node 24 is used, or install Node 22.12+.`,
  );
  process.exit(1);
}
