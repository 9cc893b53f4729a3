'use client';

import { useEffect } from 'react';
import { isLayout, LAYOUT_STORAGE_KEY, type Layout } from './reader-layout';

/**
 * Remembers on this device the layout last chosen through `?layout=`, and brings it back when an
 * article is opened without one. It lives in localStorage, not a cookie, so the statically
 * generated HTML never varies by cookie and a shared cache can keep serving it.
 */
export function LayoutMemory({ layout }: { layout: Layout }) {
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const asked = params.get('layout');
    try {
      if (isLayout(asked)) return window.localStorage.setItem(LAYOUT_STORAGE_KEY, asked);
      const stored = window.localStorage.getItem(LAYOUT_STORAGE_KEY);
      if (!isLayout(stored) || stored === layout) return;
      params.set('layout', stored);
      window.location.replace(`${window.location.pathname}?${params}${window.location.hash}`);
    } catch {
      // Storage blocked (private mode, policy): the URL alone decides the layout.
    }
  }, [layout]);
  return null;
}
