import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      // Everything that needs no build: `npm run test:unit`.
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.ts']}},
      // Checks of the built sites (build/ and build-live/): `npm run test:build-output`, after the builds.
      {extends: true, test: {name: 'build-output', include: ['tests/built-site/**/*.test.ts']}},
    ],
  },
});
