/** The whole text of a chunked reporter, as one string. */
export const joined = (chunks) => (results, context) => [...chunks(results, context)].join('');
