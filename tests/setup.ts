import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// The first render loads the bundled quiz sets and locale chunks through Vite's transform.
configure({ asyncUtilTimeout: 5000 });
