/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** ISO timestamp of the build, set by vite.config.ts; undefined in tests and the dev server's first load. */
  readonly VITE_BUILD_DATE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
