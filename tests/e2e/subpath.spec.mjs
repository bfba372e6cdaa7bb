// The app works when hosted under a sub-path (relative asset URLs, relative
// service-worker registration): dist/ served at /tools/cto-or-cio/.
import { test, expect, SUBPATH_URL, CTO_CASE } from './app.mjs';

test('app served under a sub-path loads, saves and resumes', async ({ app, page }) => {
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await app.open(SUBPATH_URL);
  await app.expectStep(1);
  await app.answerByClick(1, CTO_CASE.size);
  await app.reload();
  await app.expectStep(2);
  await app.button('Back').click();
  await expect(app.radio('size', CTO_CASE.size)).toBeChecked();
  expect(failed, 'no request failed').toEqual([]);
});
