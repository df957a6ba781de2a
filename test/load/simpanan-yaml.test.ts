// Parsed YAML kept between the builds of a watch session (src/load/simpanan-yaml.ts): taken again
// only for the same text, with everything its parse said said again, and data made afresh.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { parseYaml } from '../../src/load/yaml-file.ts';
import { SimpananYaml, denganSimpanan } from '../../src/load/simpanan-yaml.ts';

const parse = (s: SimpananYaml | undefined, text: string, file = 'data/x/2024/realisasi.yaml') => {
  const diags = new Diagnostics();
  return { f: denganSimpanan(s, () => parseYaml(text, file, diags)), diags };
};

describe('the YAML kept between builds', () => {
  it('the same text: the same document, not parsed again; fresh data each time', () => {
    const s = new SimpananYaml();
    const a = parse(s, 'nilai: 1\ndaftar: [1, 2]\n');
    const b = parse(s, 'nilai: 1\ndaftar: [1, 2]\n');
    expect(b.f!.doc).toBe(a.f!.doc);
    expect(b.f!.data).toEqual({ nilai: 1, daftar: [1, 2] });
    // A build that changes its data does not change the next build's.
    (a.f!.data as { daftar: number[] }).daftar.push(3);
    expect((parse(s, 'nilai: 1\ndaftar: [1, 2]\n').f!.data as { daftar: number[] }).daftar).toEqual([1, 2]);
  });

  it('another text is parsed again', () => {
    const s = new SimpananYaml();
    const a = parse(s, 'nilai: 1\n');
    const b = parse(s, 'nilai: 2\n');
    expect(b.f!.doc).not.toBe(a.f!.doc);
    expect(b.f!.data).toEqual({ nilai: 2 });
  });

  it('what the parse said is said again at every build, errors and warnings alike', () => {
    const s = new SimpananYaml();
    const bad = 'nilai: 1\nnilai: 2\n';
    const first = parse(s, bad);
    const again = parse(s, bad);
    expect(first.f).toBeUndefined();
    expect(again.f).toBeUndefined();
    expect(first.diags.errors.length).toBeGreaterThan(0);
    expect(again.diags.list).toEqual(first.diags.list);
    expect(again.diags.list[0]).not.toBe(first.diags.list[0]);
  });

  it('outside a scope nothing is kept; a file a build did not read is let go', () => {
    const none = parse(undefined, 'nilai: 1\n');
    expect(parse(undefined, 'nilai: 1\n').f!.doc).not.toBe(none.f!.doc);
    const s = new SimpananYaml();
    const a = parse(s, 'nilai: 1\n', 'a.yaml');
    s.rapikan(); // a build that read a.yaml
    s.rapikan(); // one that did not
    expect(parse(s, 'nilai: 1\n', 'a.yaml').f!.doc).not.toBe(a.f!.doc);
  });
});
