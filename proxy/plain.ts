import { NextResponse } from 'next/server';

/** A short plain-text answer that no cache keeps: every refusal and redirect the proxy makes. */
export function plain(status: number, text: string, headers: Record<string, string> = {}) {
  return new NextResponse(`${status} ${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}
