// The phone every real-load bench uses: Lighthouse's mobile screen (a Moto G Power, 412 × 823
// CSS pixels at 1.75) with Chromium's own 4× CPU throttle and, when asked, DevTools' slow-4G
// network emulation (562.5 ms latency, 1.47 Mbit/s down, 675 kbit/s up) with the cache off.

export const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.47 * 1024 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};

/** @param {import('playwright-core').Browser} browser @param {{ slow4g?: boolean }} [options] */
export async function newMobilePage(browser, { slow4g = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slow4g) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}
