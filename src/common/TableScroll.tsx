import type { ReactNode } from 'react';

/** Lets a wide data table scroll inside its own region, so the page never scrolls sideways on a narrow screen. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
