import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// The first render loads the bundled quiz sets and locale chunks through Vite's transform.
// Generous: CI has two busy cores, and no test may fail on time alone.
configure({ asyncUtilTimeout: 15_000 });
