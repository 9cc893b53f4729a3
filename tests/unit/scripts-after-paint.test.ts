// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadAfterFirstPaint,
  scriptsAfterPaint,
  scriptsListedAfterPaint,
} from '../../deploy/scripts-after-paint.mjs';

// A prerendered page as Next 16 writes it (abridged): start-up chunks in <head>, the bootstrap
// chunk preloaded there and loaded at the end of <body>, the polyfills for old browsers.
const nextPage = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/react.js" async=""></script>',
  '<script src="/_next/static/chunks/page.js" async=""></script>',
  '<title>Putin · Sejajar</title>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><p>&lt;script src=&quot;/_next/static/chunks/evil.js&quot; async=&quot;&quot;&gt;&lt;/script&gt;</p>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script src="/_next/static/chunks/main.js" async=""></script></body></html>',
].join('');

describe('scriptsAfterPaint', () => {
  const page = scriptsAfterPaint(nextPage, 'app/en.html');

  it('moves every start-up chunk, in order, into one loader at the end of the body', () => {
    expect(page).not.toMatch(/<script src="[^"]+" async="">/);
    expect(page).not.toContain('rel="preload" as="script"');
    expect(scriptsListedAfterPaint(page)).toEqual([
      '/_next/static/chunks/react.js',
      '/_next/static/chunks/page.js',
      '/_next/static/chunks/main.js',
    ]);
    expect(page).toMatch(/<script id="scripts-after-paint">[^\n]*<\/script><\/body><\/html>$/);
  });

  it('keeps the stylesheet, the inline payload, the polyfills and text that looks like a tag', () => {
    expect(page).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css"');
    expect(page).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>');
    expect(page).toContain('<script src="/_next/static/chunks/polyfills.js" noModule="">');
    expect(page).toContain('<p>&lt;script src=&quot;/_next/static/chunks/evil.js&quot;');
    expect(scriptsListedAfterPaint(page)).not.toContain('/_next/static/chunks/evil.js');
  });

  it('leaves a page it has rewritten before as it is', () => {
    expect(scriptsAfterPaint(page, 'app/en.html')).toBe(page);
  });

  it('fails naming the file when the page holds no start-up chunks', () => {
    const changed = nextPage.replaceAll(' async=""', ' defer=""');
    expect(() => scriptsAfterPaint(changed, 'app/en.html')).toThrow(/^app\/en\.html: expected Next's/);
  });

  it('lists nothing for a page without a loader', () => {
    expect(scriptsListedAfterPaint(nextPage)).toEqual([]);
  });
});

describe('loadAfterFirstPaint', () => {
  const added = () => [...document.head.querySelectorAll('script')].map((s) => s.getAttribute('src'));

  afterEach(() => {
    document.head.innerHTML = '';
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  /** A browser that reports paints: the callbacks given to its observers, to report one. */
  function stubPaintTiming() {
    const callbacks: ((list: { getEntriesByName(name: string): unknown[] }) => void)[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['paint'];
      constructor(callback: (typeof callbacks)[number]) {
        callbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    return (name: string) =>
      callbacks.forEach((callback) =>
        callback({ getEntriesByName: (asked) => (asked === name ? [{ name }] : []) }),
      );
  }

  it('adds the scripts only once the first contentful paint is reported, and only once', () => {
    const report = stubPaintTiming();
    loadAfterFirstPaint(['/a.js', '/b.js']);
    expect(added()).toEqual([]);
    report('first-paint');
    expect(added()).toEqual([]);
    report('first-contentful-paint');
    report('first-contentful-paint');
    expect(added()).toEqual(['/a.js', '/b.js']);
    expect(document.head.querySelector('script')?.async).toBe(true);
  });

  it('adds them after three seconds when no paint is reported', () => {
    vi.useFakeTimers();
    stubPaintTiming();
    loadAfterFirstPaint(['/a.js']);
    vi.advanceTimersByTime(2_999);
    expect(added()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(added()).toEqual(['/a.js']);
  });

  it('adds them at once in a browser that cannot report paints', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    loadAfterFirstPaint(['/a.js']);
    expect(added()).toEqual(['/a.js']);
  });

  it('adds them at once on a page opened in the background, which paints only when shown', () => {
    stubPaintTiming();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    loadAfterFirstPaint(['/a.js']);
    expect(added()).toEqual(['/a.js']);
  });
});
