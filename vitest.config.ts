// Test runner settings: tests live under test/, mirroring the source tree. The add-on's bundled config
// global is defined from the school's config file, as the build does.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __SCHOOL_CONFIG__: readFileSync('draftlint.config.json', 'utf8') },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
