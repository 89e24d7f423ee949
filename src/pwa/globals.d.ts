/** Set by vite.config.ts from package.json and FCO_BUILD_ID. */
declare const __APP_VERSION__: string;
