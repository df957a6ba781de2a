// Exact arithmetic for every derived figure. Inputs are decimals as authors typed them
// (117.32, 6738935695); capaian, averages and percentages are kept as exact fractions and
// rounded once, half-up, when printed. No figure is ever rounded twice.

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError('pembagian dengan nol');
    if (den < 0n) [num, den] = [-num, -den];
    const g = gcd(num, den) || 1n;
    return new Rational(num / g, den / g);
  }

  /** The exact value of a JS number as written in decimal (117.32 is 11732/100, not its binary neighbour). */
  static from(n: number): Rational {
    if (!Number.isFinite(n)) throw new RangeError(`bukan angka: ${n}`);
    const [mant, exp] = n.toExponential().split('e') as [string, string];
    const [int, frac = ''] = mant.replace('-', '').split('.') as [string, string?];
    const digits = BigInt(int + frac) * (n < 0 ? -1n : 1n);
    const scale = Number(exp) - frac.length;
    return scale >= 0 ? Rational.of(digits * 10n ** BigInt(scale)) : Rational.of(digits, 10n ** BigInt(-scale));
  }

  static readonly ZERO = Rational.of(0n);
  static readonly HUNDRED = Rational.of(100n);

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  compare(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d === 0n ? 0 : d < 0n ? -1 : 1;
  }
  max(o: Rational): Rational {
    return this.compare(o) >= 0 ? this : o;
  }

  /** Rounded half-up (away from zero on a tie) to `decimals` places, as a plain decimal string. */
  toFixed(decimals = 2): string {
    const scale = 10n ** BigInt(decimals);
    const neg = this.num < 0n;
    const abs = neg ? -this.num : this.num;
    const scaled = (abs * scale * 2n + this.den) / (2n * this.den);
    const int = scaled / scale;
    const frac = (scaled % scale).toString().padStart(decimals, '0');
    const body = decimals > 0 ? `${int}.${frac}` : `${int}`;
    return neg && scaled !== 0n ? `-${body}` : body;
  }

  /** A JS number, for charts and JSON only; never used to print a figure. */
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  static sum(xs: Iterable<Rational>): Rational {
    let s = Rational.ZERO;
    for (const x of xs) s = s.add(x);
    return s;
  }

  static mean(xs: Rational[]): Rational | undefined {
    return xs.length ? Rational.sum(xs).div(Rational.of(BigInt(xs.length))) : undefined;
  }
}
