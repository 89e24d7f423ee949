import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core at WCAG 2.1 A and AA; the violations as short readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`,
  );
}

export interface SidewaysScroll {
  /** How far the page scrolls sideways, in CSS pixels. */
  pixels: number;
  /** The outermost elements that stick out of the viewport, outside data tables. */
  causes: string[];
  /** Data tables that stick out: WCAG 1.4.10 lets content that needs two dimensions scroll. */
  tables: string[];
}

export async function sidewaysScroll(page: Page): Promise<SidewaysScroll> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const pixels = document.documentElement.scrollWidth - width;
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
    const sticksOut = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.right > width + 0.5 || box.left < -0.5;
    };
    const wide = [...document.querySelectorAll('body *')].filter(sticksOut);
    const outermost = wide.filter((element) => !wide.includes(element.parentElement as Element));
    const tables = wide.filter((element) => element.tagName === 'TABLE');
    const scrollsInside = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const causes = outermost.filter((element) => !scrollsInside(element)).map(describe);
    if (pixels > 0 && !causes.length) causes.push('text wider than its box');
    return { pixels: Math.max(0, pixels), causes: pixels > 0 ? causes : [], tables: tables.map(describe) };
  });
}

/** Presses Tab until `target` has focus; fails when it never comes. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused element draws a focus indicator (an outline or a box shadow). */
export async function hasVisibleFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });
}
