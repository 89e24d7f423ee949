import { lazy } from 'react';

/**
 * A check-up begun whose form changed in an app update (rare): its notice and the code that starts the check-up again
 * load when it is shown, not with the first screen (Home and play show it).
 */
export const CheckUpChanged = lazy(() => import('./CheckUpChangedCard'));
