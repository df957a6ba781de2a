// The sheets of an XLSX workbook, read by exceljs. exceljs reads only asynchronously and the
// stages that take answer files in (load → validate) are synchronous, as are their callers
// (check, build, diff, watch, and tests that validate a folder directly): so the workbook is read
// in a worker thread and this thread waits for it (Atomics.wait), getting exceljs's plain cell
// values back to make the same grid every caller gets. The worker starts on the first workbook
// read, stays for the next, and never keeps the process alive.
// Before exceljs inflates anything the parts' sizes in the zip's directory are checked (jszip,
// which exceljs reads with): a zip bomb is refused, not unpacked. Both load from their one-file
// builds, the same code as their hundreds of CommonJS files (the same cells, checked), in a fifth
// of the time (~0,2 s against ~0,9 s for exceljs here): as the CLI's bundle does for pdf-lib.
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type ExcelJS from 'exceljs';
import { GalatLembar, hurufKolom, type Lembar, type Nilai } from './lembar.ts';

/** The largest part of a workbook inflated (a sheet of some hundred thousand cells is well under it). */
const MAX_BAGIAN = 64 * 1024 * 1024;
/** How long a workbook may take to read, on a slow shared machine too. */
const BATAS_WAKTU_MS = 120_000;

interface LembarMentah {
  nama: string;
  rows: ExcelJS.CellValue[][];
  merges: string[];
}
type Jawaban = { lembar: LembarMentah[] } | { galat: string; bukanZip?: true };

// Plain CommonJS, run by the worker as it is: the modules are resolved here, where node_modules is.
const KODE = `
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljs);
const JSZip = require(workerData.jszip);
parentPort.on('message', async ({ bytes, sinyal, port }) => {
  let jawab;
  try {
    let zip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (e) {
      jawab = { galat: String(e && e.message || e), bukanZip: true };
    }
    if (zip) {
      const besar = Object.values(zip.files).find((f) => (f._data && f._data.uncompressedSize) > workerData.maxBagian);
      if (besar) jawab = { galat: 'bagian ' + besar.name + ' terlalu besar' };
    }
    if (!jawab) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes);
      jawab = { lembar: wb.worksheets.map((ws) => {
        const rows = [];
        ws.eachRow({ includeEmpty: true }, (row, r) => {
          const cells = [];
          for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).value ?? null);
          rows[r - 1] = cells;
        });
        for (let i = 0; i < rows.length; i++) rows[i] = rows[i] || [];
        return { nama: ws.name, rows, merges: (ws.model && ws.model.merges) || [] };
      }) };
    }
  } catch (e) {
    jawab = { galat: String(e && e.message || e) };
  }
  try {
    port.postMessage(jawab);
  } catch (e) {
    port.postMessage({ galat: String(e && e.message || e) });
  }
  port.close();
  Atomics.store(sinyal, 0, 1);
  Atomics.notify(sinyal, 0);
});
`;

let pekerja: Worker | undefined;

function pekerjaBaca(): Worker {
  if (pekerja) return pekerja;
  const require = createRequire(import.meta.url);
  const workerData = { exceljs: require.resolve('exceljs/dist/exceljs.bare.min.js'), jszip: require.resolve('jszip/dist/jszip.min.js'), maxBagian: MAX_BAGIAN };
  // A zip whose directory lies about its sizes can still inflate too far: the worker's own heap
  // limit ends it (this thread then waits out the time limit) and the process goes on.
  pekerja = new Worker(KODE, { eval: true, workerData, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  pekerja.unref();
  pekerja.on('error', () => (pekerja = undefined));
  pekerja.on('exit', () => (pekerja = undefined));
  return pekerja;
}

/** exceljs's cells, synchronously: the worker reads, this thread waits. */
function bacaMentah(bytes: Uint8Array): Jawaban {
  const w = pekerjaBaca();
  const { port1, port2 } = new MessageChannel();
  const sinyal = new Int32Array(new SharedArrayBuffer(4));
  const salinan = new Uint8Array(bytes);
  w.postMessage({ bytes: salinan, sinyal, port: port2 }, [port2, salinan.buffer]);
  const hasil = Atomics.wait(sinyal, 0, 0, BATAS_WAKTU_MS);
  const pesan = receiveMessageOnPort(port1)?.message as Jawaban | undefined;
  port1.close();
  if (hasil === 'timed-out' || !pesan) {
    // Stuck or gone (out of memory): the next workbook gets a new worker.
    void w.terminate();
    pekerja = undefined;
    return { galat: hasil === 'timed-out' ? `tidak selesai dibaca dalam ${BATAS_WAKTU_MS / 1000} detik` : 'pembacanya berhenti' };
  }
  return pesan;
}

/** A cell's value as text or number: rich text joined, a formula's saved result, a date as YYYY-MM-DD. */
function nilai(v: ExcelJS.CellValue): Nilai {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return nilai(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return nilai((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('formula' in v || 'sharedFormula' in v) return null; // a formula never calculated: no value saved
    if ('text' in v) return nilai(String((v as { text: unknown }).text));
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

/**
 * Every sheet of the workbook `bytes`, in the workbook's order; a `GalatLembar('xlsx')` for bytes
 * that are no workbook (its message says why, in Indonesian where it can).
 */
export function bacaXlsx(bytes: Uint8Array, berkas: string): Lembar[] {
  const j = bacaMentah(bytes);
  if ('galat' in j) throw new GalatLembar('xlsx', j.bukanZip ? 'bukan arsip zip' : j.galat);
  return j.lembar.map((ws) => {
    const turun = new Map<string, number>();
    for (const m of ws.merges) {
      const [a, b] = m.split(':') as [string, string];
      const r1 = Number(/\d+/.exec(a)![0]);
      const r2 = Number(/\d+/.exec(b)![0]);
      turun.set(a.replace(/\d+/, '') + r1, r2 - r1 + 1);
    }
    return {
      berkas,
      nama: ws.nama,
      jenis: 'xlsx' as const,
      rows: ws.rows.map((r) => r.map(nilai)),
      rentangTurun: (r: number, c: number) => turun.get(`${hurufKolom(c)}${r}`) ?? 1,
      letak: (r: number, c: number) => ({ line: r, col: c }),
      tempat: (r: number, c: number) => ({ file: `${berkas}[${ws.nama}]`, line: r, col: c }),
    };
  });
}
