import { NextResponse, type NextRequest } from 'next/server';
import { layoutRoute } from '../lib/routes/layout-route';

/** The proxy's part in reader layouts (see layoutRoute): a rewrite, a redirect, or nothing. */
export function rewriteLayout(request: NextRequest): NextResponse | undefined {
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
  // The Node server speaks plain HTTP on loopback, whatever scheme the reader's URL had.
  target.protocol = 'http:';
  return NextResponse.rewrite(target);
}
