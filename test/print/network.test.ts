// Defence in depth: whatever the HTML holds — scripts, remote images and styles, preconnect hints,
// frames, WebSocket, WebRTC, a refresh — the print makes no connection at all. A listener on
// 127.0.0.1 counts every connection attempt; each kind is tried in a page printed by the real
// printer, with interception, JavaScript, the page policy and the browser's network flags.
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KinerjaError } from '../../src/diagnostics/index.ts';
import { Printer } from '../../src/print/index.ts';
import { readPdf } from '../pdf-text.ts';

let server: Server;
let connections = 0;
let port = 0;
const printer = new Printer();

beforeAll(async () => {
  server = createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await printer.dispose();
  await new Promise((r) => server.close(r));
});

const page = (head: string, body: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><p id="t">teks asli</p>${body}</body></html>`;

/** Each way a page could reach out, pointed at the listener. */
function attempts(): Record<string, string> {
  const at = `127.0.0.1:${port}`;
  const host = `localhost:${port}`;
  return {
    'skrip fetch': page('', `<script>fetch('http://${at}/a')</script>`),
    'skrip yang mengubah angka': page('', `<script>document.getElementById('t').textContent='999,99'</script>`),
    'skrip WebSocket': page('', `<script>new WebSocket('ws://${at}/')</script>`),
    'skrip WebRTC': page('', `<script>const c=new RTCPeerConnection({iceServers:[{urls:'turn:${at}',username:'a',credential:'b'}]});c.createDataChannel('x');c.createOffer().then(o=>c.setLocalDescription(o))</script>`),
    'skrip sendBeacon': page('', `<script>navigator.sendBeacon('http://${host}/b','x')</script>`),
    'skrip worker': page('', `<script>new Worker('data:text/javascript,fetch("http://${at}/w")')</script>`),
    'gambar jarak jauh': page('', `<img src="http://${at}/x.png">`),
    'gambar nama host': page('', `<img src="http://${host}/x.png">`),
    'latar CSS': page(`<style>body{background:url(http://${at}/bg.png)}</style>`, ''),
    '@import CSS': page(`<style>@import url("http://${at}/s.css");</style>`, ''),
    'huruf jarak jauh': page(`<style>@font-face{font-family:X;src:url(http://${at}/f.woff2)} p{font-family:X}</style>`, ''),
    'link stylesheet': page(`<link rel="stylesheet" href="http://${at}/s.css">`, ''),
    preconnect: page(`<link rel="preconnect" href="http://${at}"><link rel="dns-prefetch" href="http://${host}">`, ''),
    prefetch: page(`<link rel="prefetch" href="http://${at}/p"><link rel="preload" as="image" href="http://${at}/i.png">`, ''),
    iframe: page('', `<iframe src="http://${at}/frame"></iframe>`),
    object: page('', `<object data="http://${at}/o.pdf"></object><embed src="http://${at}/e">`),
    'meta refresh': page(`<meta http-equiv="refresh" content="0;url=http://${at}/r">`, ''),
    'base href': page(`<base href="http://${at}/">`, `<img src="relatif.png">`),
    'video poster': page('', `<video poster="http://${at}/v.png" src="http://${at}/v.mp4" autoplay></video><audio src="http://${at}/a.mp3" autoplay></audio>`),
    'svg image': page('', `<svg><image href="http://${at}/s.png" width="10" height="10"/></svg>`),
    'svg use': page('', `<svg><use href="http://${at}/s.svg#x"/></svg>`),
    'form submit': page('', `<form action="http://${at}/f" method="post"><input name="a" value="b"></form><script>document.forms[0].submit()</script>`),
    'ping anchor': page('', `<a href="#" ping="http://${at}/ping">a</a>`),
  };
}

describe('no network, whatever the page holds', () => {
  // Named now; each page is made inside its test, once the listener's port is known.
  for (const name of Object.keys(attempts()))
    it(name, async () => {
      const doc = attempts()[name]!;
      const result = await printer.print(doc, new Map()).then(
        (pdf) => ({ pdf }),
        (e: unknown) => ({ error: e }),
      );
      // Give anything that slipped through time to connect.
      await new Promise((r) => setTimeout(r, 300));
      expect(connections).toBe(0);
      if ('pdf' in result) {
        const text = (await readPdf(result.pdf)).pages.join('\n');
        expect(text).toContain('teks asli'); // no script changed the page
        expect(text).not.toContain('999,99');
      } else {
        // A resource the build did not put there fails the print, naming it.
        expect(result.error).toBeInstanceOf(KinerjaError);
        expect((result.error as Error).message).toMatch(/dokumen meminta berkas dari luar folder build/);
      }
    });
});
