import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { baseURL } from './browser';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body as it came over the wire, still compressed if it was. */
  bytes: Buffer;
}

export interface Options {
  method?: string;
  headers?: Record<string, string>;
}

/** One request, path sent byte for byte as given. */
export function send(path: string, { method = 'GET', headers = {} }: Options = {}): Promise<Answer> {
  const { hostname, port } = new URL(baseURL());
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('latin1'), bytes });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bytes Node's client refuses to send (control characters in a header): written to the socket. */
export function sendBytes(head: Buffer): Promise<{ status: number; raw: string }> {
  const { hostname, port } = new URL(baseURL());
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.end(head));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => socket.destroy()); // a reset after (or instead of) the answer
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1] ?? 0), raw });
    });
  });
}
