import { NextResponse, type NextRequest } from 'next/server';
import { layoutRoute } from './reader-layout';

/** The proxy's part in reader layouts (see layoutRoute): a rewrite, a redirect, or nothing. */
export function routeLayout(request: NextRequest): NextResponse | undefined {
  const route = layoutRoute(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!route) return undefined;
  const target = request.nextUrl.clone();
  if ('redirect' in route) {
    const [pathname = '', search = ''] = route.redirect.split('?');
    target.pathname = pathname;
    target.search = search;
    return NextResponse.redirect(target, 308);
  }
  target.pathname = route.rewrite;
  // As for the locale rewrite in proxy.ts: the Node server speaks plain HTTP on loopback.
  target.protocol = 'http:';
  return NextResponse.rewrite(target);
}
