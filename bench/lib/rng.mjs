// Seeded pseudo-random numbers (mulberry32), so every run generates the same inputs.
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    /** Integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    /** Picks a key of `{ key: weight }`. */
    weighted: (w) => {
      const entries = Object.entries(w);
      let x = next() * entries.reduce((s, [, v]) => s + v, 0);
      for (const [k, v] of entries) if ((x -= v) < 0) return k;
      return entries[entries.length - 1][0];
    },
    /** Skewed count: mostly small, sometimes large (application counts of an agency). */
    count: (max) => Math.floor(max * next() ** 3),
  };
  return r;
}
