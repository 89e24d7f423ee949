import { bundledDescriptions } from 'virtual:bundled-descriptions';

/** A bundled set's description, which only its own page shows (a module of its own, not in the first screen's file). */
export const bundledDescription = (setId: string): string | undefined => bundledDescriptions[setId];
