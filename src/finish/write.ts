// Writing the joined PDF: objects without a stream are packed into compressed object streams
// (most of a tagged body is small tag dictionaries; packed, the file is about a fifth of the
// size), streams are written as they came, and a cross-reference stream closes the file.
// Compression runs on the thread pool, so a large body is deflated on every core at once.
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { Kolam } from '../util/kolam.ts';

const deflateAsync = promisify(deflate);
const PER_STREAM = 500;
/**
 * Object streams deflated at once: as many as libuv's thread pool runs (4 by default). All at
 * once held every stream's uncompressed text together — for a 10,000-row lampiran some 300 MB
 * more at the write than the joined objects themselves.
 */
const SERENTAK = Math.max(1, Number(process.env.UV_THREADPOOL_SIZE) || 4);

export interface OutObject {
  num: number;
  /** The value, as latin1 text (a stream's dictionary when `stream` is set). */
  text: string;
  stream?: Uint8Array;
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** Bytes of a complete PDF 1.7 file. */
export async function writePdf(objects: OutObject[], trailer: { root: number; info: number }): Promise<Uint8Array> {
  const plain = objects.filter((o) => !o.stream).sort((a, b) => a.num - b.num);
  const streams = objects.filter((o) => o.stream);
  // (A loop, not Math.max(...): a large body has more objects than the stack has room for.)
  let next = objects.reduce((m, o) => Math.max(m, o.num), 0) + 1;
  const where = new Map<number, { type: 1; offset: number } | { type: 2; stream: number; index: number }>();

  const packs = [];
  for (let i = 0; i < plain.length; i += PER_STREAM) packs.push({ num: next++, members: plain.slice(i, i + PER_STREAM) });
  const kolam = new Kolam(SERENTAK);
  const packed = await Promise.all(
    packs.map(({ num, members }) => kolam.dengan(async () => {
      let offset = 0;
      const head: string[] = [];
      const bodies = members.map((o, index) => {
        where.set(o.num, { type: 2, stream: num, index });
        head.push(`${o.num} ${offset}`);
        const body = latin1(o.text + '\n');
        offset += body.length;
        return body;
      });
      const first = latin1(head.join(' ') + '\n');
      const data = await deflateAsync(Buffer.concat([first, ...bodies]));
      return { num, text: `<</Type /ObjStm /N ${members.length} /First ${first.length} /Filter /FlateDecode /Length ${data.length}>>`, stream: data };
    })),
  );

  const chunks: Uint8Array[] = [latin1('%PDF-1.7\n%\xd3\xeb\xe9\xe1\n')];
  let offset = chunks[0]!.length;
  const emit = (o: OutObject) => {
    where.set(o.num, { type: 1, offset });
    const parts: Uint8Array[] = [latin1(`${o.num} 0 obj\n${o.text}`)];
    if (o.stream) parts.push(latin1(" stream\n"), o.stream, latin1("\nendstream"));
    parts.push(latin1('\nendobj\n'));
    for (const p of parts) offset += p.length;
    chunks.push(...parts);
  };
  for (const o of [...streams, ...packed]) emit(o);

  const xrefNum = next++;
  const xrefAt = offset;
  where.set(xrefNum, { type: 1, offset: xrefAt });
  const size = next;
  const rows = Buffer.alloc(size * 7);
  for (let n = 0; n < size; n++) {
    const w = where.get(n);
    const at = n * 7;
    if (!w) rows.writeUInt8(0, at), rows.writeUInt32BE(0, at + 1), rows.writeUInt16BE(n === 0 ? 0xffff : 0, at + 5);
    else if (w.type === 1) rows.writeUInt8(1, at), rows.writeUInt32BE(w.offset, at + 1), rows.writeUInt16BE(0, at + 5);
    else rows.writeUInt8(2, at), rows.writeUInt32BE(w.stream, at + 1), rows.writeUInt16BE(w.index, at + 5);
  }
  const xref = await deflateAsync(rows);
  emit({
    num: xrefNum,
    text: `<</Type /XRef /Size ${size} /W [1 4 2] /Root ${trailer.root} 0 R /Info ${trailer.info} 0 R /Filter /FlateDecode /Length ${xref.length}>>`,
    stream: xref,
  });
  chunks.push(latin1(`startxref\n${xrefAt}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(chunks));
}
