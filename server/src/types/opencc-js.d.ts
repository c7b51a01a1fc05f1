/** OpenCC's traditional → simplified character table (opencc-js): `"繁 简|繁 简|…"`, one pair per character. */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}

/** OpenCC's traditional → simplified phrase table (opencc-js): `"繁體 简体|…"`. */
declare module 'opencc-js/dict/TSPhrases' {
  const table: string;
  export default table;
}

/** OpenCC's simplified → traditional character table (opencc-js): `"简 繁|简 繁|…"`, the usual traditional form first. */
declare module 'opencc-js/dict/STCharacters' {
  const table: string;
  export default table;
}
