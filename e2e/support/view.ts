import { expect, type Page } from '@playwright/test';

/** The board point in the middle of a page's canvas, and the zoom. */
export const viewMiddle = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => {
    const { e: x, f: y, a: zoom } = new DOMMatrix(getComputedStyle(el).transform);
    const canvas = el.closest('.react-flow')!.getBoundingClientRect();
    return { x: (canvas.width / 2 - x) / zoom, y: (canvas.height / 2 - y) / zoom, zoom };
  });

type View = Awaited<ReturnType<typeof viewMiddle>>;

/** How far apart two views are: in board units for the middle, in hundredths for the zoom. */
export const viewDistance = (m: View, n: View) => Math.max(Math.abs(m.x - n.x), Math.abs(m.y - n.y), Math.abs(m.zoom - n.zoom) * 100);

/** How far apart two pages' views are (viewDistance). */
export const viewGap = async (a: Page, b: Page) => viewDistance(...(await Promise.all([viewMiddle(a), viewMiddle(b)])));

/**
 * Waits until the view holds still (two reads a few frames apart the same: reads within one frame
 * would match mid-glide), and returns where it stopped.
 */
export async function viewAtRest(page: Page) {
  let last = await viewMiddle(page);
  await expect
    .poll(async () => {
      await page.waitForTimeout(100);
      const now = await viewMiddle(page);
      const still = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return still;
    })
    .toBe(true);
  return last;
}
